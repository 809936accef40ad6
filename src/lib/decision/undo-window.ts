/** How long "Undo" stays after "Clear my answers": long enough to mend a slip, short enough for the next person. */
export const UNDO_FOR_ms = 2 * 60_000;

/**
 * Calls `end` once, after `ms` or as soon as the page is hidden (another tab or window in front, the window
 * minimised, the page left or closed), whichever comes first. "Undo" after a clear lasts that long: answers
 * cleared for privacy on a shared computer must not come back for the next person, who finds the page again
 * only after it was hidden or after a while. Returns what cancels it (without calling `end`).
 */
export function whileShown(end: () => void, ms = UNDO_FOR_ms): () => void {
	const hidden = () => {
		if (document.visibilityState === 'hidden') finish();
	};
	const stop = () => {
		clearTimeout(timer);
		document.removeEventListener('visibilitychange', hidden);
		window.removeEventListener('pagehide', finish);
	};
	function finish() {
		stop();
		end();
	}
	const timer = setTimeout(finish, ms);
	document.addEventListener('visibilitychange', hidden);
	window.addEventListener('pagehide', finish);
	return stop;
}
