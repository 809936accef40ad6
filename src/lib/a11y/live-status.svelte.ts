/**
 * What a polite status region (role="status") says. A screen reader speaks such a region when its text
 * changes: given the text it already holds, the region does not change and nothing is said, so a message
 * repeated (the same button pressed twice, or the same refusal for another question) went unheard. `say`
 * gives a repeated message the change it needs: the region is emptied at once and the text written back a
 * moment later. A different message is written at once, as before.
 *
 * Why a timer and not the next frame: the browser updates what a screen reader reads from the page once a
 * frame, after the frame's animation callbacks. Refilled in the next frame's callback, the region would be
 * full again before the empty region was ever seen. 100 ms is what other live announcers wait (Angular
 * CDK's LiveAnnouncer, for one), short enough to go unnoticed.
 *
 * Its text is state: write `{status.text}` in the region.
 */
export const SAY_AGAIN_AFTER_ms = 100;

export class LiveStatus {
	/** what the region shows now (empty while a repeated message waits to be written back) */
	text = $state('');
	#again: ReturnType<typeof setTimeout> | undefined;

	/** says `text`, even when it is what the region says already; an empty text empties the region */
	say(text: string) {
		clearTimeout(this.#again);
		this.#again = undefined;
		if (!text || text !== this.text) {
			this.text = text;
			return;
		}
		this.text = '';
		this.#again = setTimeout(() => {
			this.#again = undefined;
			this.text = text;
		}, SAY_AGAIN_AFTER_ms);
	}

	/** empties the region, and forgets a message waiting to be said again */
	clear() {
		this.say('');
	}
}
