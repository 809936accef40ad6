/**
 * At most this wide, a figure's own controls come right under its step buttons and its options after them
 * (a phone, a page zoomed far): the width of player.css's `@container scene (max-width: 600px)`.
 */
export const NARROW_FIGURE_px = 600;

/**
 * Calls `onchange` with whether the figure (`.scene`, the query container) is narrow, now and whenever it
 * crosses that width; returns the stop. Without ResizeObserver (an old browser) it never calls: the styles
 * alone put the controls in order on screen, and the keyboard meets the options first.
 */
export function followNarrow(shell: HTMLElement, onchange: (narrow: boolean) => void): () => void {
	if (typeof ResizeObserver === 'undefined') return () => {};
	const figure = shell.closest<HTMLElement>('.scene') ?? shell;
	const observer = new ResizeObserver(([entry]) => {
		if (entry) onchange(entry.contentRect.width <= NARROW_FIGURE_px);
	});
	observer.observe(figure);
	return () => observer.disconnect();
}
