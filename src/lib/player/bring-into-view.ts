/**
 * On a figure's own page, side by side (player.css, ≥ 64em): a control beside the drawing, reached by keyboard
 * while the drawing is partly off screen, brings the figure to the top, so each change is seen. Not for a
 * pointer (a jump), nor for a control under the drawing (a consultation's figure): the browser has scrolled
 * that one into sight itself, and bringing the drawing up would push it below the window (WCAG 2.4.11). A
 * control low in a long column stays in sight all the same.
 */
export function bringIntoView(root: HTMLElement, event: FocusEvent) {
	const control = event.target;
	if (!(control instanceof Element)) return;
	if (!control.matches(':focus-visible') || !matchMedia('(min-width: 64em)').matches) return;
	const drawing = root.querySelector('.scene-stage')?.getBoundingClientRect();
	if (!drawing || (drawing.top >= 0 && drawing.bottom <= innerHeight)) return;
	if (control.getBoundingClientRect().left < drawing.right - 1) return;
	root.scrollIntoView({ block: 'start' });
	control.scrollIntoView({ block: 'nearest' });
}
