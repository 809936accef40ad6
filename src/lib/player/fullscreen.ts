/** how long a browser may take to answer an exit from full screen before it is asked again */
const ANSWER_WITHIN_ms = 1000;
/** asks at most this many times: a browser that will not leave full screen is not asked forever */
const TRIES = 3;

/** `element`, or an element inside it, is the document's full-screen element */
export function holdsFullscreen(element: Element): boolean {
	const shown = document.fullscreenElement;
	return !!shown && (shown === element || element.contains(shown));
}

/**
 * Ends the full screen that `element` holds, and checks that it ended: the figure must never stay alone on
 * the screen with the page unreachable. Once the browser has answered, or has taken too long to, it is asked
 * again while `element` still holds full screen and `stillEnding()` (no other presentation has begun
 * meanwhile). A browser is not expected to need it; CI once saw the stage keep the screen for five seconds
 * after Escape, in a run that could not be repeated, and this is the guard. The first request is made at
 * once, before this function returns its promise.
 */
export async function exitFullscreenOf(element: Element, stillEnding: () => boolean = () => true) {
	for (let tries = 0; tries < TRIES && holdsFullscreen(element); tries++) {
		if (tries > 0 && !stillEnding()) return;
		const answered = document.exitFullscreen().catch(() => {});
		await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_ms))]);
	}
}
