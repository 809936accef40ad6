/** the control kept in sight now: a new edit's control takes over from it */
let stopping: (() => void) | null = null;
const margin = 12;

/**
 * The reader's choice in a player's motion switch, else their system's (motion.svelte.ts, read here rather
 * than imported: the builder loads this alone, on the page's first load budget).
 */
function reducedMotion(): boolean {
	try {
		const chosen = localStorage.getItem('reduced-motion');
		if (chosen) return chosen === 'on';
	} catch {
		// storage refused: the system decides
	}
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Keeps `control`, the builder's button focused after an edit, in the window while the page settles: the
 * figure shown sits above the builder, and an edit that opens another one (the first figure added, a figure
 * moved to the place shown) draws it first as its still frame, then live, each at its own height. The focus
 * stayed on Add 1,800 px down, and a Move up's button was pushed below the window by a taller figure
 * (keyboard review D2, WCAG 2.4.11). Each time the page's height changes, the control is brought back to the
 * nearest edge of the window, focus ring and all, smoothly unless the reader wants motion reduced. It stops
 * as soon as the reader acts (a key, a pointer, a wheel), the focus leaves the control, or the page has been
 * still for a while.
 */
export function keepInSight(control: Element | null) {
	stopping?.();
	if (!(control instanceof HTMLElement) || control === document.body) return;
	/** how far the window must move to show the control whole, with its focus ring (3 px, 2 px out) */
	const outOfSight = () => {
		const box = control.getBoundingClientRect();
		const [top, bottom] = [box.top - margin, box.bottom + margin - innerHeight];
		return top < 0 ? top : bottom > 0 ? bottom : 0;
	};
	const bring = () => {
		if (document.activeElement !== control) return stop();
		settle();
		const by = outOfSight();
		if (by) scrollBy({ top: by, behavior: reducedMotion() ? 'auto' : 'smooth' });
	};
	const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(bring) : null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const settle = () => {
		clearTimeout(timer);
		timer = setTimeout(() => stop(), 8000);
	};
	const events = ['keydown', 'pointerdown', 'wheel', 'touchmove'] as const;
	const stop = () => {
		observer?.disconnect();
		clearTimeout(timer);
		for (const type of events) removeEventListener(type, stop, true);
		control.removeEventListener('focusout', stop);
		if (stopping === stop) stopping = null;
	};
	stopping = stop;
	for (const type of events) addEventListener(type, stop, { capture: true, passive: true });
	control.addEventListener('focusout', stop);
	bring();
	// the page's height: the figure above growing or shrinking moves everything under it
	observer?.observe(document.body);
}
