import { onShortScreen, SHORT_SCREEN } from './arrangement';

/**
 * At most this wide, a figure's own controls come right under its step buttons and its options after them
 * (a phone, a page zoomed far): the width of player.css's `@container scene (max-width: 600px)`.
 */
export const NARROW_FIGURE_px = 600;

/**
 * At most this wide, on a short screen (arrangement.ts's SHORT_SCREEN), a figure's step words come right under
 * its bar, before its own controls and its options: a phone on its side (a figure 614–864 px wide) as much as a
 * page zoomed far (QA review, stop 56, D3: they were a screen below ▶ there). Wider, a scene's page lays its
 * controls beside the drawing (player.css, from 64em; its figure ≥ 950 px). The width of player.css's
 * `@container scene (max-width: 900px)` within its SHORT_SCREEN media query.
 */
export const SHORT_SCREEN_FIGURE_px = 900;

/**
 * Calls `onchange` with whether the figure (`.scene`, the query container) is narrow and whether its step words
 * come first (a short screen, arrangement.ts's SHORT_SCREEN, and a figure at most SHORT_SCREEN_FIGURE_px), now and
 * whenever either changes: the figure's box follows its width, the media query the window's height, which a
 * window made shorter changes alone (screen-reader review D4: the reading order then lagged behind the screen's).
 * Returns the stop. Without ResizeObserver (an old browser) it never calls: the styles alone put the controls
 * in order on screen, and the keyboard meets them in the page's own order.
 */
export function followNarrow(
	shell: HTMLElement,
	onchange: (narrow: boolean, wordsFirst: boolean) => void
): () => void {
	if (typeof ResizeObserver === 'undefined') return () => {};
	const figure = shell.closest<HTMLElement>('.scene') ?? shell;
	let width = Infinity;
	const tell = () => onchange(width <= NARROW_FIGURE_px, width <= SHORT_SCREEN_FIGURE_px && onShortScreen());
	const observer = new ResizeObserver(([entry]) => {
		if (!entry) return;
		width = entry.contentRect.width;
		tell();
	});
	observer.observe(figure);
	const query = typeof window.matchMedia === 'function' ? window.matchMedia(SHORT_SCREEN) : null;
	const onquery = () => tell();
	// (addListener: a browser older than MediaQueryList's events)
	if (query?.addEventListener) query.addEventListener('change', onquery);
	else query?.addListener?.(onquery);
	return () => {
		observer.disconnect();
		if (query?.removeEventListener) query.removeEventListener('change', onquery);
		else query?.removeListener?.(onquery);
	};
}
