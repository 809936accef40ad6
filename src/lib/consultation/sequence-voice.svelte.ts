import type { SequenceFigure } from '$lib/address/figure-context';
import { LiveStatus } from '$lib/a11y/live-status.svelte';

/**
 * What the consultation says as the reader moves through its sequence (Previous, Next, a clicker, a Show in
 * the list): the figure now shown ("Figure 2 of 4: …"), then, once that figure is whole, its step's sentence
 * (say-opened.ts). The line above the figure says the same on screen, but is no live region: an edit in the
 * builder changed it too, and a listener heard two "figure n of N" about two figures at once; the builder's
 * own status speaks for an edit (screen-reader review D3, D6). Its text goes in a status region in the page
 * from the start.
 */
export class SequenceVoice extends LiveStatus {
	/** the figure opening now was moved to, not opened by an edit: its sentence is to be said */
	#moved = false;

	/** `text`, the figure moved to; empty, an edit opened it (or changed the sequence): the builder speaks */
	tell(text: string) {
		this.say(text);
		this.#moved = Boolean(text);
	}

	/** a figure is set up in `stage`: the one moved to says its step once whole (its code loaded then) */
	attached(stage: HTMLElement | undefined, figure: SequenceFigure, stillShown: () => boolean) {
		if (!this.#moved || !stage) return;
		this.#moved = false;
		void import('./say-opened')
			.then((m) => m.sayWhenWhole(stage, figure, stillShown, (text) => this.say(text)))
			.catch(() => {});
	}
}
