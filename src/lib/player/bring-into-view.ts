/**
 * On a figure's own page, side by side (player.css, ≥ 64em): a control reached by keyboard while the drawing
 * is partly off screen brings the figure to the top, so each change is seen. Not for a pointer (a jump).
 */
export function bringIntoView(root: HTMLElement, event: FocusEvent) {
	if (!(event.target instanceof Element)) return;
	if (!event.target.matches(':focus-visible') || !matchMedia('(min-width: 64em)').matches) return;
	const drawing = root.querySelector('.scene-stage')?.getBoundingClientRect();
	if (drawing && (drawing.top < 0 || drawing.bottom > innerHeight)) root.scrollIntoView({ block: 'start' });
}
