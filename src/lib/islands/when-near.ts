/**
 * Calls `then` once, when `element` comes within `margin` of the viewport (by default a screen above or
 * below): how figures and questions wake without costing a page that is not scrolled to them. A browser
 * without IntersectionObserver (before 2019) cannot say when: there it is called at once, so that the
 * figure still wakes rather than staying an empty stage. Returns what stops the watching.
 */
export function whenNear(element: Element, then: () => void, margin = '100% 0px'): () => void {
	if (typeof IntersectionObserver !== 'function') {
		then();
		return () => {};
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			then();
		},
		{ rootMargin: margin }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
