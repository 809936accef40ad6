import { replaceQuery } from '$lib/address/here.svelte';
import { namesKey, readQuery, writeQuery } from '$lib/address/query';
import { keepsTheme, themeFrom, themeStorageKey, type Theme } from './themes';

/**
 * The page's theme, one for every control that shows it: read from <html data-theme> (before-paint.js set it
 * before the first paint), changed by the reader's choice, which is applied at once and remembered. A choice
 * made in another tab is followed too.
 */
class ThemeChoice {
	#current = $state<Theme>('auto');

	constructor() {
		if (typeof document === 'undefined') return; // prerendering: the still frame shows 'auto'
		this.#current = themeFrom(document.documentElement.dataset.theme) ?? 'auto';
		if (!keepsTheme(location.pathname)) return;
		window.addEventListener('storage', (event) => {
			if (event.key === themeStorageKey) this.#apply(themeFrom(event.newValue) ?? 'auto');
		});
	}

	get current(): Theme {
		return this.#current;
	}

	choose(theme: Theme) {
		try {
			if (!keepsTheme(location.pathname)) {
				// an embedded figure: this frame only
			} else if (theme === 'auto') localStorage.removeItem(themeStorageKey);
			else localStorage.setItem(themeStorageKey, theme);
		} catch {
			// storage refused: applied to this page only
		}
		this.#apply(theme);
		// an address that asked for a theme (?theme=dark, a colleague's link) now asks for this one: else a
		// reload, or the address copied, would bring back the theme the reader has just left
		const entries = readQuery(location.search);
		if (entries.some(([key]) => namesKey(key, 'theme')))
			replaceQuery(
				writeQuery(entries.map(([key, value]) => (namesKey(key, 'theme') ? ['theme', theme] : [key, value])))
			);
	}

	#apply(theme: Theme) {
		this.#current = theme;
		// a theme chosen: the note on an unknown ?theme= (UnknownThemeNote.svelte) has had its answer
		delete document.documentElement.dataset.themeUnknown;
		if (theme === 'auto') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = theme;
	}
}

export const theme = new ThemeChoice();
