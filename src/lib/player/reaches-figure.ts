import { lettersInFigureOnly } from './letter-keys';

/**
 * Whether a key may act on the figure `figure` (WCAG 2.1.4, character key shortcuts): a key that types a
 * character (F, B, W, K, ".", "?", Space) does only while the focus is in the figure or on nothing (the page's
 * body, as on load or after a click on its text, where a clicker's keys arrive); with the focus on a link, a
 * button or a field elsewhere it does what it does there, and a speech command or a trembling hand cannot blank
 * or present the page by mistake. The key list's switch (letter-keys.ts) keeps the letters and signs off the
 * page's body too, for a reader who speaks commands or types by mistake. F5, the browser's reload that a
 * clicker sends to start a slideshow, goes with F: elsewhere it reloads the page, as it always has. Keys that
 * type nothing (Page Down, arrows, Escape) reach the figure from anywhere, as a clicker's must. A presented
 * figure fills the screen: the presenter takes its keys itself.
 *
 * On a consultation (`page`), a page whose figure is the point of it, a clicker's F5 reaches the figure from
 * anywhere a Page Down does (the builder's buttons, the skip link): a clinician who has just reordered the
 * sequence presents it with the clicker. F and "?" type characters, so they keep the rule above there too
 * (WCAG 2.1.4: a letter on a button is the button's). A field being typed in, a menu and a dialog keep F5.
 */
export function reachesFigure(
	event: Pick<KeyboardEvent, 'key' | 'target'>,
	figure: Node | null,
	page = false
): boolean {
	const target = event.target as Element | null;
	if (typeof target?.matches !== 'function' || figure?.contains(target)) return true;
	// the page itself: unless the reader has asked that letters act only in the figure (the key list's switch)
	if (target.matches('body, html')) return !lettersInFigureOnly(event.key);
	if (event.key.length > 1 && event.key !== 'F5') return true;
	return page && pageKeys.has(event.key) && !target.closest(ownKeys);
}

const pageKeys: ReadonlySet<string> = new Set(['F5']);
const ownKeys =
	'input:not([type="range"]):not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable="true"], dialog';
