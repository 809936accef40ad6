import type { Lang } from '$lib/i18n/languages';
import { fromSlider, sliderPosition } from './slider';
import { LAB_KEYS, type LabKey, type LabState } from './state';
import { typedValue } from './typed-value';

export interface EarlyValue {
	key: LabKey;
	value: number;
	/** the text typed, for the note if it is clamped */
	given?: string;
	/** read from its slider: the position, and the slider's step */
	slider?: { position: number; step: number };
}

/**
 * The values a student set in the lab's fields before its code arrived: the islands' starter enables its
 * controls as they are drawn (start.js), and hydration would redraw each field from the lab's state, the
 * slider jumping back and the readout never having followed. Read as the lab is made (before its fields are
 * drawn) from the fields whose value is not the one they were prerendered with, to be set through the lab's
 * own, clamped path once it has started. A typed number wins over its slider.
 */
export function valuesSetEarly(lab: ParentNode | null, lang: Lang): EarlyValue[] {
	const set: EarlyValue[] = [];
	for (const field of lab?.querySelectorAll<HTMLElement>('.value-field[data-key]') ?? []) {
		const key = field.dataset.key as LabKey;
		const [slider, typed] = field.querySelectorAll('input');
		if (!LAB_KEYS.includes(key) || !slider || !typed) continue;
		if (typed.value !== typed.defaultValue)
			set.push({ key, value: typedValue(key, typed.value, lang), given: typed.value.trim() });
		else if (slider.value !== slider.defaultValue) {
			const position = Number(slider.value);
			set.push({
				key,
				value: fromSlider(key, position),
				slider: { position, step: Number(slider.step) || 1 }
			});
		}
	}
	return set;
}

/**
 * The values set early, less the sliders the browser put back: coming back with Back or Forward without the
 * back-forward cache, the browser refills each slider where it was left (not the fields, autocomplete="off"),
 * the position of the value the address or the tab's kept settings give, rounded to the slider's step. Read
 * as set early, that rounded value would replace the exact one (400 mM became 398). A slider counts only
 * where it stands more than its own step's rounding away from the value the lab opened with; a quick hand
 * that moved it elsewhere before the lab started still counts.
 */
export function setByHand(early: EarlyValue[], opened: LabState): EarlyValue[] {
	return early.filter(({ key, slider }) => {
		if (!slider) return true;
		const there = sliderPosition(key, opened[key]);
		return Math.abs(slider.position - there) > slider.step / 2 + 1e-9;
	});
}
