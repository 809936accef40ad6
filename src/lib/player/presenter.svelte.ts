import { tick } from 'svelte';
import { askFullscreen, exitFullscreenOf, fullscreenEnding, holdsFullscreen } from './fullscreen';
import { inertOutside } from './inert-outside';
import { listenForSwipes } from './swipe';
import { noPresentation, presentationBegins, presentationEnds, putPageBack } from './page-behind';
import { actionFor, clickerActionFor, scrollKeys, type PlayerAction } from './keys';
import { layOut, oneAtATime, type ArrangementStage } from './arrangement-choice';
import type { PresenterLayout } from './presenter-layout';
import type { Arrangement } from './scene';
import type { PresenterStage } from './presenter-stage';
import type { PlayerView } from './player-view';

export type { PresenterStage };

/** after this long without a pointer move or a key, the control bar fades (and the pointer hides) */
export const IDLE_AFTER_ms = 3000;

export type Blank = 'black' | 'white';

/** The focus is somewhere on the page the reader chose: not nowhere, and not still in the figure that presented. */
function movedByReader(root: HTMLElement | null): boolean {
	const active = document.activeElement;
	return !!active && active !== document.body && !root?.contains(active);
}

/**
 * A figure presented: it fills the screen (the Fullscreen API, or the window where that is refused or
 * absent: iframes, some tablets), takes every key a clicker sends, and gives the page back as it found it
 * (scroll position and focus) when it ends. It also blanks the screen to black or white, as presentation
 * software does, until any key. One per shell; it knows the shell's root only while presenting.
 */
export class Presenter {
	active = $state(false);
	blank = $state<Blank | null>(null);
	/** the control bar has faded: no pointer move or key for a few seconds */
	idle = $state(false);
	layout = $state<PresenterLayout | null>(null);
	arrangement = $state<Arrangement>('portrait');

	#arrangements: readonly Arrangement[] | undefined;
	#root: HTMLElement | null = null;
	#focusBefore: HTMLElement | null = null;
	#stage: PresenterStage | undefined;
	/** the element put full screen: the stage, or the figure's own root */
	#target: HTMLElement | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#inFullscreen = false;
	#held = false;
	/** counts presentations, so that a full-screen grant arriving after its presentation ended is undone */
	#session = 0;
	/** the presentation that ended by handing its screen over to the next figure of a sequence */
	#handedOver = -1;
	/** opens the page behind the figure again (shut while presenting) */
	#openPage: (() => void) | null = null;

	/** `arrangements`: the ones the scene's Figure draws; `stage`: where it presents from, in a sequence */
	constructor(arrangements: readonly Arrangement[] | undefined, stage?: PresenterStage) {
		this.#arrangements = arrangements;
		this.#stage = stage;
	}

	toggle(root: HTMLElement) {
		if (this.active) this.leave();
		else void this.enter(root);
	}

	async enter(root: HTMLElement) {
		if (this.active) return;
		const session = ++this.#session;
		const before = document.activeElement;
		// the body is no place to come back to (a consultation's next figure opens with the focus there)
		this.#focusBefore = before instanceof HTMLElement && before !== document.body ? before : null;
		const carriedIn = this.#stage?.carried() ?? false;
		presentationBegins(carriedIn);
		this.#root = root;
		const target = this.#stage?.element() ?? root;
		this.#target = target;
		this.#held = false; // the bar moves from under the pointer that pressed Present
		this.active = true;
		this.#openPage = inertOutside(root);
		// the page behind stays where it is: nothing a clicker sends can scroll it
		document.documentElement.style.overflow = 'hidden';
		window.addEventListener('resize', this.#relayout);
		document.addEventListener('fullscreenchange', this.#onFullscreenChange);
		// the figure before this one in a sequence left the stage full screen: it stays so, and is this one's
		// to leave from now on, even if Escape comes before the layout below is done (a slow machine)
		if (!fullscreenEnding() && document.fullscreenElement === target) this.#inFullscreen = true;
		this.wake();
		await this.#relayout();
		const current = () => this.active && session === this.#session;
		if (!current()) return;
		// opened by the clicker from the figure before, its bar would lie over the words it opens with (a 4:3
		// projector): it stays away, as for the clicker's keys, until a pointer or a tap asks for it
		if (carriedIn && this.layout?.cramped) {
			clearTimeout(this.#timer);
			this.idle = true;
		}
		root.focus({ preventScroll: true });
		if (this.#inFullscreen) return;
		const granted = await askFullscreen(target);
		// the browser grants full screen when it can: a presenter who pressed Escape meanwhile (a slow
		// machine, a quick hand) would be left with the figure alone on the screen and the page unreachable;
		// but a grant that arrives once the next figure has taken the stage over is that figure's (it takes
		// it on fullscreenchange), or a quick Page Down would drop the screen the clinician asked for
		if (current()) this.#inFullscreen = granted;
		// (undone as any exit is, so that F5 pressed again at once waits for it rather than taking a screen
		// about to be taken away: CI saw that presentation end by itself)
		else if (this.#handedOver !== session && granted) void exitFullscreenOf(target, noPresentation);
	}

	leave(handingOver = false) {
		if (!this.active) return;
		const root = this.#root;
		const target = this.#target;
		const focusBefore = this.#focusBefore;
		if (handingOver) this.#handedOver = this.#session;
		presentationEnds();
		this.active = false;
		// before the focus goes back to the page below
		this.#openPage?.();
		this.#openPage = null;
		this.blank = null;
		this.idle = false;
		this.#held = false;
		this.layout = null;
		this.arrangement = 'portrait';
		clearTimeout(this.#timer);
		window.removeEventListener('resize', this.#relayout);
		document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
		const restore = () => {
			// another figure has taken the screen over (a consultation's next one): the page stays its
			if (!putPageBack()) return;
			// back where it was, or else on this figure's own Present button, which brought it here
			const focus = focusBefore?.isConnected
				? focusBefore
				: (root?.querySelector<HTMLElement>('button.present') ?? root);
			// the second time (full screen over, late on a busy machine), not where the reader has moved it since
			if (!movedByReader(root)) focus?.focus({ preventScroll: true });
		};
		// handing over, the stage stays full screen for the next figure; otherwise the presentation's end is
		// full screen's end, whoever asked for it: a grant can reach the page after this presenter looked (the
		// figure before it in a sequence asked, on a slow machine), and Escape must never leave the figure
		// alone on the screen with the page unreachable
		if (target && holdsFullscreen(target) && !handingOver) {
			void exitFullscreenOf(target, noPresentation).then(restore);
		}
		this.#inFullscreen = false;
		// once the figure is back in the page (and again once the browser has left full screen)
		void tick().then(restore);
	}

	/**
	 * Blanks the screen, and pauses the figure: it must not play on behind the black, so that a key brings back
	 * the step the clinician left (presentation software stops its timings too).
	 */
	blankTo(colour: Blank, player: Pick<PlayerView, 'playing' | 'toggle'>) {
		if (player.playing) player.toggle();
		this.blank = colour;
	}

	/** a pointer moved or a key was pressed: the control bar comes back, to fade again when left alone */
	wake() {
		this.idle = false;
		clearTimeout(this.#timer);
		if (this.active && !this.#held) this.#timer = setTimeout(() => (this.idle = true), IDLE_AFTER_ms);
	}

	/**
	 * The bar is in use (a pointer rests on it, or the keyboard's focus is in it): it does not fade. A bar that
	 * has faded is not left by its user: hidden (cramped), it drops the focus of the ▶ just tapped, which the
	 * figure keeps, and it stays away (waking here brought it back over the words 0.2 s after it went).
	 */
	hold(held: boolean) {
		this.#held = held;
		if (held || !this.idle) return this.wake();
		queueMicrotask(
			() => this.#root?.contains(document.activeElement) || this.#root?.focus({ preventScroll: true })
		);
	}

	/**
	 * A key anywhere on the page, before anything else sees it, while the screen is blanked or presenting:
	 * a blank screen returns on any key and does nothing else; Escape leaves; the player's keys act
	 * (`perform`); and no key scrolls the page behind.
	 */
	onKey(event: KeyboardEvent, perform: (action: PlayerAction) => void) {
		if (this.blank) {
			this.blank = null;
			event.preventDefault();
			event.stopPropagation();
			return;
		}
		if (!this.active) return;
		// a key brings the bar back, unless it would lie over the words it has just changed (cramped): a key
		// that moves the focus into the bar shows it there (hold)
		if (!this.layout?.cramped) this.wake();
		const target = event.target instanceof Element ? event.target : null;
		// the key list is a dialog of its own: its keys (Escape closes it) are its own
		if (target?.closest('dialog')) return;
		if (event.key === 'Escape') {
			event.preventDefault();
			event.stopPropagation();
			this.leave();
			return;
		}
		const action = actionFor(event) ?? clickerActionFor(event);
		if (action) {
			event.preventDefault();
			event.stopPropagation();
			perform(action);
		} else if (scrollKeys.has(event.key) && !target?.closest('button, a, input, [role="slider"]')) {
			event.preventDefault();
		}
	}

	/**
	 * While presenting or blanked: every key on the page comes here first, so a clicker's keys never reach
	 * the page, and a pointer wakes the control bar (a press also ends a blank). A press on a blank screen, or
	 * while the bar has faded, does only that, as a key does: on a touch screen no pointer moves before a tap
	 * to bring the bar back, and the tap that asked for it pressed the unseen Play under the finger (faded is
	 * read as the finger comes over, before the bar's hold() wakes it). A sideways swipe on the figure steps
	 * it (`step`, swipe.ts), faded bar or not. Returns the listeners' removal.
	 */
	listen(perform: (action: PlayerAction) => void, step?: (direction: 1 | -1) => void): () => void {
		// first, so that a swipe begun on a blank screen is seen as such before the press ends the blank
		const unswipe =
			step && this.#root ? listenForSwipes(this.#root, () => this.active && !this.blank, step) : null;
		let faded = false;
		let swallow = false;
		const stop = (event: Event) => (event.preventDefault(), event.stopPropagation());
		const press = (event: PointerEvent) => {
			swallow = Boolean(this.blank) || faded || (this.active && this.idle);
			faded = false;
			this.blank = null;
			this.wake();
			if (swallow) stop(event);
		};
		// a click made by a key (Enter, Space: detail 0) is never the press's
		const click = (event: MouseEvent) => swallow && event.detail !== 0 && ((swallow = false), stop(event));
		const listeners: [string, (event: never) => void, boolean][] = [
			['keydown', (event: KeyboardEvent) => this.onKey(event, perform), true],
			['pointerover', () => (faded = this.active && this.idle), true],
			['pointermove', () => ((faded = false), this.wake()), false],
			['pointerdown', press, true],
			['click', click, true]
		];
		for (const [type, listener, capture] of listeners)
			window.addEventListener(type, listener as EventListener, capture);
		return () => {
			unswipe?.();
			for (const [type, listener, capture] of listeners)
				window.removeEventListener(type, listener as EventListener, capture);
		};
	}

	destroy() {
		this.leave(this.#stage?.carried() ?? false);
	}

	/** what the arrangement's choice asks of this presenter: a drawing, a layout, each once the page shows it */
	#shown: ArrangementStage = {
		draw: async (arrangement) => {
			this.arrangement = arrangement;
			await tick(); // the Figure drawn in that arrangement
		},
		show: async (layout) => {
			this.layout = layout;
			await tick();
		}
	};

	/** the layout for this screen, worked out again whenever the window changes, one run at a time */
	#relayout = oneAtATime(async () => {
		const root = this.#root;
		const current = () => this.active && this.#root === root;
		if (root && current()) await layOut(root, this.#arrangements, this.#shown, current);
	});

	#onFullscreenChange = () => {
		// full screen granted, however late: this presentation's from now on
		if (document.fullscreenElement && document.fullscreenElement === this.#target) this.#inFullscreen = true;
		// the browser's own Escape (or its "exit full screen") ends the presentation too
		else if (this.#inFullscreen) {
			this.#inFullscreen = false;
			this.leave();
		}
	};
}
