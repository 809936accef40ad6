import { browserStorage } from '$lib/storage/browser-storage';
import { isLang, type Lang } from './languages';

/**
 * The reader's language choice, kept in localStorage (never a cookie) so that the bilingual welcome page
 * can send them straight on next time.
 */
export const preferenceKey = 'lang';

export function rememberLanguage(lang: Lang, storage: Storage | undefined = browserStorage()): void {
	try {
		storage?.setItem(preferenceKey, lang);
	} catch {
		// Storage can be full or forbidden (private browsing): the choice is simply not remembered.
	}
}

/** The stored choice, or null when there is none or it is not a language of the site ("de", "", junk). */
export function rememberedLanguage(storage: Storage | undefined = browserStorage()): Lang | null {
	try {
		const value = storage?.getItem(preferenceKey);
		return isLang(value) ? value : null;
	} catch {
		return null;
	}
}

/**
 * Where the welcome page sends a reader: their remembered choice, else the first of the browser's
 * languages that the site speaks ("fr-CA" → fr), else null: they stay and pick for themselves.
 */
export function chooseLanguage(remembered: Lang | null, browserLanguages: readonly string[]): Lang | null {
	if (remembered) return remembered;
	for (const tag of browserLanguages) {
		const primary = tag.split('-')[0]?.toLowerCase();
		if (isLang(primary)) return primary;
	}
	return null;
}
