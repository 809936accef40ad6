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
 * Ends the full screen that `element` holds, and checks that it ended. An exit asked for at the moment the
 * screen changes hands (a consultation's figures, one after the other, Escape pressed at once) can be lost
 * by the browser, and the figure would stay alone on the screen with the page unreachable: once the browser
 * has answered, or has taken too long to, it is asked again while `element` still holds full screen and
 * `stillEnding()` (no other presentation has begun meanwhile). The first request is made at once, before
 * this function returns its promise.
 */
export async function exitFullscreenOf(element: Element, stillEnding: () => boolean = () => true) {
	for (let tries = 0; tries < TRIES && holdsFullscreen(element); tries++) {
		if (tries > 0 && !stillEnding()) return;
		const answered = document.exitFullscreen().catch(() => {});
		await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_ms))]);
	}
}
