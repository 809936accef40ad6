import { onShortScreen, SHORT_SCREEN } from './arrangement';

/**
 * At most this wide, a figure's own controls come right under its step buttons and its options after them
 * (a phone, a page zoomed far): the width of player.css's `@container scene (max-width: 600px)`.
 */
export const NARROW_FIGURE_px = 600;

/**
 * Calls `onchange` with whether the figure (`.scene`, the query container) is narrow and whether the screen is
 * short (arrangement.ts's SHORT_SCREEN, where a narrow figure's step words come before its controls), now and
 * whenever either changes: the figure's box follows its width, the media query the window's height, which a
 * window made shorter changes alone (screen-reader review D4: the reading order then lagged behind the screen's).
 * Returns the stop. Without ResizeObserver (an old browser) it never calls: the styles alone put the controls
 * in order on screen, and the keyboard meets them in the page's own order.
 */
export function followNarrow(
	shell: HTMLElement,
	onchange: (narrow: boolean, short: boolean) => void
): () => void {
	if (typeof ResizeObserver === 'undefined') return () => {};
	const figure = shell.closest<HTMLElement>('.scene') ?? shell;
	let narrow = false;
	const observer = new ResizeObserver(([entry]) => {
		if (!entry) return;
		narrow = entry.contentRect.width <= NARROW_FIGURE_px;
		onchange(narrow, onShortScreen());
	});
	observer.observe(figure);
	const query = typeof window.matchMedia === 'function' ? window.matchMedia(SHORT_SCREEN) : null;
	const onquery = () => onchange(narrow, onShortScreen());
	// (addListener: a browser older than MediaQueryList's events)
	if (query?.addEventListener) query.addEventListener('change', onquery);
	else query?.addListener?.(onquery);
	return () => {
		observer.disconnect();
		if (query?.removeEventListener) query.removeEventListener('change', onquery);
		else query?.removeListener?.(onquery);
	};
}
