/** how long a browser may take to answer an exit from full screen before it is asked again */
const ANSWER_WITHIN_ms = 1000;
/** asks at most this many times: a browser that will not leave full screen is not asked forever */
const TRIES = 3;

/** the exit from full screen under way, if any */
let ending: Promise<void> | null = null;

/** `element`, or an element inside it, is the document's full-screen element */
export function holdsFullscreen(element: Element): boolean {
	const shown = document.fullscreenElement;
	return !!shown && (shown === element || element.contains(shown));
}

/** a presentation has ended and the browser has not yet said that full screen has ended with it */
export function fullscreenEnding(): boolean {
	return ending !== null;
}

/**
 * Ends the full screen that `element` holds, and checks that it ended: the figure must never stay alone on
 * the screen with the page unreachable. Once the browser has answered, or has taken too long to, it is asked
 * again while `element` still holds full screen and `stillEnding()` (no other presentation has begun
 * meanwhile). A browser is not expected to need it; CI once saw the stage keep the screen for five seconds
 * after Escape, in a run that could not be repeated, and this is the guard. The first request is made at
 * once, before this function returns its promise.
 */
export function exitFullscreenOf(element: Element, stillEnding: () => boolean = () => true) {
	const exit = askToExit(element, stillEnding);
	ending = exit;
	void exit.finally(() => {
		if (ending === exit) ending = null;
	});
	return exit;
}

async function askToExit(element: Element, stillEnding: () => boolean) {
	for (let tries = 0; tries < TRIES && holdsFullscreen(element); tries++) {
		if (tries > 0 && !stillEnding()) return;
		const answered = document.exitFullscreen().catch(() => {});
		await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_ms))]);
	}
}

/**
 * Asks for full screen for `target`; true once `target` holds it, false where it is refused or absent (an
 * iframe, some tablets), where the same layout fills the window. A presentation opened again at once (Escape,
 * then F) waits for the exit still under way: granted meanwhile, its screen would be taken away by that exit,
 * and with it the presentation (CI saw a clicker's next step find the figure back in the page).
 */
export async function askFullscreen(target: HTMLElement): Promise<boolean> {
	await ending;
	if (document.fullscreenElement === target) return true;
	if (!target.requestFullscreen || document.fullscreenEnabled === false) return false;
	try {
		await target.requestFullscreen({ navigationUI: 'hide' });
	} catch {
		return false;
	}
	return document.fullscreenElement === target;
}
