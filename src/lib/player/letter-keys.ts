/**
 * The key list's switch (KeyHelp): letters and signs (K, F, B, W, ".", "?") act from the page itself, as a
 * clicker's "B" must on a consultation, or only with the focus in the figure (WCAG 2.1.4's "turn off", for a
 * reader whose speech commands or stray presses would otherwise blank or present the page). Remembered on
 * this device (never a cookie), and marked on <html> before the first paint (theme/before-paint.js), where
 * reaches-figure.ts and keys-before-wake.ts read it.
 */
export const LETTER_KEYS_ATTRIBUTE = 'data-letter-keys';
export const LETTER_KEYS_STORAGE = 'letter-keys';
/** the stored value, and the attribute's, of "only in the figure" */
export const IN_FIGURE_ONLY = 'figure';

/**
 * Whether `key`, a letter or a sign (not Space, which types nothing visible), is to act only with the focus in
 * the figure, the reader having turned the switch off.
 */
export const lettersInFigureOnly = (key: string) =>
	key.length === 1 && key !== ' ' && document.documentElement.hasAttribute(LETTER_KEYS_ATTRIBUTE);

export function setLettersInFigureOnly(on: boolean) {
	const root = document.documentElement;
	if (on) root.setAttribute(LETTER_KEYS_ATTRIBUTE, IN_FIGURE_ONLY);
	else root.removeAttribute(LETTER_KEYS_ATTRIBUTE);
	try {
		if (on) localStorage.setItem(LETTER_KEYS_STORAGE, IN_FIGURE_ONLY);
		else localStorage.removeItem(LETTER_KEYS_STORAGE);
	} catch {
		// storage refused: the choice holds for this page
	}
}
