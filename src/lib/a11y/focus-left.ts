/**
 * Whether a focus change (a focusout) took the focus to an element outside `container`: Tab past a floating
 * menu's or sheet's last control, which should then close rather than cover where the focus went. Focus lost
 * to nothing (a click on the page's text, relatedTarget null) is not this: the container's own rules for a
 * click outside handle it.
 */
export function focusLeft(event: FocusEvent, container: Node | undefined): boolean {
	const next = event.relatedTarget as Node | null;
	return next !== null && container !== undefined && !container.contains(next);
}
