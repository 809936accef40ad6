import { sceneSteps } from '$lib/address/scene-steps';
import { readConsultation, type SceneSettings, type SequenceItem } from '$lib/address/sequence';

/**
 * The figure of a sequence that an address names (`at=`), and the step it opens at: the address's `step=`
 * where that figure has such a step (the one it was left at), else its chosen one. Where Back takes the
 * patient's page; null when the address names no figure of `items`.
 */
export function figureInAddress(
	search: string,
	items: readonly SequenceItem[],
	settings: SceneSettings = {}
): { at: number; step: string | null } | null {
	const query = new URLSearchParams(search);
	const { at } = readConsultation(query, sceneSteps, { settings });
	const item = items[at];
	if (!item) return null;
	const step = query.get('step');
	return { at, step: step !== null && sceneSteps[item.scene]?.includes(step) ? step : item.step };
}
