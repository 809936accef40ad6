import { format } from '$lib/i18n/format';
import type { SceneView } from '$lib/player/scene';
import type { HydrodissectionFrame, HydrodissectionModel } from './model';

export type HydrodissectionWords = typeof import('./messages/fr.json');
export type HydrodissectionView = SceneView<HydrodissectionModel, HydrodissectionFrame, HydrodissectionWords>;

/**
 * One plain sentence (or two) for the step shown, with the volume and sugar behind the drawing: what a
 * screen reader says, and the caption under the figure.
 */
export function describeHydrodissection({ model, frame, words, n }: HydrodissectionView): string {
	const d = words.describe;
	const percent = n.percent(model.strength);
	// each step's sentence is written only when it is the one shown
	const sentence = {
		'carpal-tunnel': () => d['carpal-tunnel'],
		ultrasound: () => d.ultrasound,
		'needle-near': () => d['needle-near'],
		'dextrose-in': () => format(d['dextrose-in'], { volume: n.mL(frame.injected_mL), percent }),
		'nerve-surrounded': () =>
			format(d['nerve-surrounded'], {
				volume: n.mL(model.params.volume_mL),
				percent,
				sugar: n.grams(model.dose.glucose_g)
			})
	}[frame.step];
	return sentence();
}
