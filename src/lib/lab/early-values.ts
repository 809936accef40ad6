import type { Lang } from '$lib/i18n/languages';
import { fromSlider } from './slider';
import { LAB_KEYS, PRESET_IDS, type LabKey, type PresetId } from './state';
import { typedValue } from './typed-value';

export interface EarlyValue {
	key: LabKey;
	value: number;
	/** the text typed, for the note if it is clamped */
	given?: string;
}

/**
 * The values a student set in the lab's fields before its code arrived: the islands' starter enables its
 * controls as they are drawn, and marks each one typed in or moved (start.js, data-typed); hydration would
 * redraw each field from the lab's state, the slider jumping back and the readout never having followed. Read
 * as the lab is made (before its fields are drawn), to be set through the lab's own, clamped path once it has
 * started. A typed number wins over its slider. Only what the student did counts: a slider the browser put back
 * coming back with Back or Forward without the back-forward cache (at the position of the value the address
 * gives, rounded to its step: 400 mM read so became 398) is not marked; after a case chosen early, only the
 * fields set since are (the starter unmarks the others: the case replaces them).
 */
export function valuesSetEarly(lab: ParentNode | null, lang: Lang): EarlyValue[] {
	const set: EarlyValue[] = [];
	for (const field of lab?.querySelectorAll<HTMLElement>('.value-field[data-key]') ?? []) {
		const key = field.dataset.key as LabKey;
		const [slider, typed] = field.querySelectorAll('input');
		if (!LAB_KEYS.includes(key) || !slider || !typed) continue;
		if (typed.hasAttribute('data-typed'))
			set.push({ key, value: typedValue(key, typed.value, lang), given: typed.value.trim() });
		else if (slider.hasAttribute('data-typed'))
			set.push({ key, value: fromSlider(key, Number(slider.value)) });
	}
	return set;
}

/**
 * The case a student chose before the lab's code arrived: a button's click fires no input, so the islands'
 * starter (start.js) keeps it on the lab's island, to be opened as the lab starts, before the values set since.
 */
export function presetChosenEarly(lab: Element | null): PresetId | undefined {
	const id = lab?.closest('[data-island]')?.getAttribute('data-preset-chosen');
	return PRESET_IDS.find((preset) => preset === id);
}

/** The pump's switch, if a student turned it before the lab started (since the case chosen then): its state. */
export function pumpSetEarly(lab: ParentNode | null): boolean | undefined {
	return lab?.querySelector<HTMLInputElement>('.pump input[data-typed]')?.checked;
}
