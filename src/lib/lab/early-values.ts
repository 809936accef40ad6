import type { Lang } from '$lib/i18n/languages';
import { fromSlider } from './slider';
import { LAB_KEYS, type LabKey } from './state';
import { typedValue } from './typed-value';

export interface EarlyValue {
	key: LabKey;
	value: number;
	/** the text typed, for the note if it is clamped */
	given?: string;
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
		else if (slider.value !== slider.defaultValue)
			set.push({ key, value: fromSlider(key, Number(slider.value)) });
	}
	return set;
}
