/**
 * Whether a key may act on the figure `figure` (WCAG 2.1.4, character key shortcuts): a key that types a
 * character (F, B, W, K, ".", "?", Space) does only while the focus is in the figure or on nothing (the page's
 * body, as on load or after a click on its text, where a clicker's keys arrive); with the focus on a link, a
 * button or a field elsewhere it does what it does there, and a speech command or a trembling hand cannot blank
 * or present the page by mistake. Keys that type nothing (Page Down, arrows, Escape) reach the figure from
 * anywhere, as a clicker's must. A presented figure fills the screen: the presenter takes its keys itself.
 */
export function reachesFigure(event: Pick<KeyboardEvent, 'key' | 'target'>, figure: Node | null): boolean {
	const target = event.target as Element | null;
	return (
		event.key.length > 1 ||
		typeof target?.matches !== 'function' ||
		target.matches('body, html') ||
		Boolean(figure?.contains(target))
	);
}
