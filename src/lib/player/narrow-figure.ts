/**
 * At most this wide, a figure's own controls come right under its step buttons and its options after them
 * (a phone, a page zoomed far): the width of player.css's `@container scene (max-width: 600px)`.
 */
export const NARROW_FIGURE_px = 600;

/**
 * On a screen this short (wider than tall, at most 40rem high), a figure's step words come right under its bar,
 * before its own controls and its options, whatever the figure's width: a phone on its side (QA review, stop 56,
 * D3), a page zoomed far, a laptop window not at full height, a small tablet on its side. Its drawing, the bar and
 * the words do not fit in sight together otherwise: on a scene's page at 1366 × 500 the words were a screen below
 * ▶, after the settings beside the drawing, and at 1000 × 480 (a figure 928 px wide) after the options and the
 * settings (QA review, stop 58, D4). Taller (a laptop of 800 px), the settings come first. A screen query, not a
 * pointer one: the same window gives the same order, mouse or finger. player.css writes it again (the same query).
 */
export const WORDS_FIRST_SCREEN = '(orientation: landscape) and (max-height: 40rem)';

/**
 * Calls `onchange` with whether the figure (`.scene`, the query container) is narrow and whether its step words
 * come first (a screen WORDS_FIRST_SCREEN, the figure's width aside), now and
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
	const query = typeof window.matchMedia === 'function' ? window.matchMedia(WORDS_FIRST_SCREEN) : null;
	const tell = () => onchange(width <= NARROW_FIGURE_px, !!query?.matches);
	const observer = new ResizeObserver(([entry]) => {
		if (!entry) return;
		width = entry.contentRect.width;
		tell();
	});
	observer.observe(figure);
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
