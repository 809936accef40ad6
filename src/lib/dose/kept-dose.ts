// What was typed in the dose calculator, kept for this tab (sessionStorage: gone with the tab, never sent
// anywhere; not localStorage, which would show the next person at a shared computer someone's dose), as the
// lab keeps its runs and the choosing page its answers: a reload or the language switch opens the same case.
import { numberWithUnit } from '$lib/address/number-with-unit';
import type { Lang } from '$lib/i18n/languages';
import { numberFormat } from '$lib/i18n/numbers';
import { tabStorage } from '$lib/storage/browser-storage';
import { jsonObject } from '$lib/text/json-object';

export const DOSE_STORAGE_KEY = 'dose-calculator-v1';

export interface DoseTexts {
	volume: string;
	percent: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const UNITS = { volume: 'mL', percent: '%' } as const;
/** no more of a field than anyone types: a stored text changed by hand cannot fill the page */
const MAX_TEXT = 40;

/**
 * A text typed in one language, as the other reads the same number: kept as typed when both read it alike
 * ('20', '2,5', '5 %'), else written as the site writes that number there ('1,000' typed in English is
 * « 1 000 » in French; '1,500' typed in French is "1.5" in English).
 */
function inLanguage(text: string, field: keyof DoseTexts, from: Lang, to: Lang): string {
	const was = numberWithUnit(text, [UNITS[field]], from);
	if (from === to || Number.isNaN(was) || Object.is(was, numberWithUnit(text, [UNITS[field]], to)))
		return text;
	// as many decimals as a typed dose could carry: the number itself, never rounded to what a label shows
	return numberFormat(to).upTo(was, 6);
}

/** The texts kept in this tab, as the page in `lang` reads them; undefined when none are (or unreadable). */
export function keptDose(lang: Lang, storage: Store | undefined = tabStorage()): DoseTexts | undefined {
	let data: Record<string, unknown> | null = null;
	try {
		data = jsonObject(storage?.getItem(DOSE_STORAGE_KEY));
	} catch {
		return undefined;
	}
	const { volume, percent, lang: typedIn } = data ?? {};
	if (typeof volume !== 'string' || typeof percent !== 'string') return undefined;
	if (volume.length > MAX_TEXT || percent.length > MAX_TEXT) return undefined;
	const from: Lang = typedIn === 'en' ? 'en' : 'fr';
	return {
		volume: inLanguage(volume, 'volume', from, lang),
		percent: inLanguage(percent, 'percent', from, lang)
	};
}

/** Keeps the texts typed on the page in `lang`; the opening case is nothing to keep. A refused store keeps nothing. */
export function keepDose(
	texts: DoseTexts,
	opening: DoseTexts,
	lang: Lang,
	storage: Store | undefined = tabStorage()
): void {
	try {
		if (texts.volume === opening.volume && texts.percent === opening.percent)
			storage?.removeItem(DOSE_STORAGE_KEY);
		else storage?.setItem(DOSE_STORAGE_KEY, JSON.stringify({ ...texts, lang }));
	} catch {
		// full or refused: the values stay on the page; only a reload loses them, as before
	}
}
