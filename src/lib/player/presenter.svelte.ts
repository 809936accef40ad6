import { tick } from 'svelte';
import { rootFontSize } from './arrangement';
import { actionFor, scrollKeys, type PlayerAction } from './keys';
import { presenterArrangement, presenterLayout, type PresenterLayout } from './presenter-layout';
import type { Arrangement } from './scene';

/** after this long without a pointer move or a key, the control bar fades (and the pointer hides) */
export const IDLE_AFTER_ms = 3000;

export type Blank = 'black' | 'white';

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
	#back: { x: number; y: number; focus: HTMLElement | null; overflow: string } | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#inFullscreen = false;
	#held = false;
	/** counts presentations, so that a full-screen grant arriving after its presentation ended is undone */
	#session = 0;

	/** `arrangements`: the ones the scene's Figure draws */
	constructor(arrangements: readonly Arrangement[] | undefined) {
		this.#arrangements = arrangements;
	}

	toggle(root: HTMLElement) {
		if (this.active) this.leave();
		else void this.enter(root);
	}

	async enter(root: HTMLElement) {
		if (this.active) return;
		const session = ++this.#session;
		const focus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		this.#back = { x: scrollX, y: scrollY, focus, overflow: document.documentElement.style.overflow };
		this.#root = root;
		this.#held = false; // the bar moves from under the pointer that pressed Present
		this.active = true;
		// the page behind stays where it is: nothing a clicker sends can scroll it
		document.documentElement.style.overflow = 'hidden';
		window.addEventListener('resize', this.#relayout);
		document.addEventListener('fullscreenchange', this.#onFullscreenChange);
		this.wake();
		await this.#relayout();
		const current = () => this.active && session === this.#session;
		if (!current()) return;
		root.focus({ preventScroll: true });
		if (root.requestFullscreen && document.fullscreenEnabled !== false) {
			try {
				await root.requestFullscreen({ navigationUI: 'hide' });
			} catch {
				return; // refused: the same layout fills the window
			}
			// the browser grants full screen when it can: a presenter who pressed Escape meanwhile (a slow
			// machine, a quick hand) would be left with the figure alone on the screen and the page unreachable
			if (current()) this.#inFullscreen = document.fullscreenElement === root;
			else if (document.fullscreenElement === root) void document.exitFullscreen().catch(() => {});
		}
	}

	leave() {
		if (!this.active) return;
		const root = this.#root;
		const back = this.#back;
		this.active = false;
		this.blank = null;
		this.idle = false;
		this.#held = false;
		this.layout = null;
		this.arrangement = 'portrait';
		clearTimeout(this.#timer);
		window.removeEventListener('resize', this.#relayout);
		document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
		const restore = () => {
			if (!back) return;
			document.documentElement.style.overflow = back.overflow;
			scrollTo(back.x, back.y);
			const focus = back.focus && back.focus.isConnected ? back.focus : root;
			focus?.focus({ preventScroll: true });
		};
		if (this.#inFullscreen && document.fullscreenElement === root) {
			void document.exitFullscreen().then(restore, restore);
		}
		this.#inFullscreen = false;
		// once the figure is back in the page (and again once the browser has left full screen)
		void tick().then(restore);
	}

	blankTo(colour: Blank) {
		this.blank = colour;
	}

	/** a pointer moved or a key was pressed: the control bar comes back, to fade again when left alone */
	wake() {
		this.idle = false;
		clearTimeout(this.#timer);
		if (this.active && !this.#held) this.#timer = setTimeout(() => (this.idle = true), IDLE_AFTER_ms);
	}

	/** the bar is in use (a pointer rests on it, or the keyboard's focus is in it): it does not fade */
	hold(held: boolean) {
		this.#held = held;
		this.wake();
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
		this.wake();
		const target = event.target instanceof Element ? event.target : null;
		// the key list is a dialog of its own: its keys (Escape closes it) are its own
		if (target?.closest('dialog')) return;
		if (event.key === 'Escape') {
			event.preventDefault();
			event.stopPropagation();
			this.leave();
			return;
		}
		const action = actionFor(event);
		if (action) {
			event.preventDefault();
			event.stopPropagation();
			perform(action);
		} else if (scrollKeys.has(event.key) && !target?.closest('button, a, input, [role="slider"]')) {
			event.preventDefault();
		}
	}

	destroy() {
		this.leave();
	}

	#relayout = async () => {
		if (!this.active || !this.#root) return;
		this.arrangement = presenterArrangement(this.#arrangements, innerWidth, innerHeight);
		await tick(); // the Figure drawn in that arrangement, whose shape is measured next
		const root = this.#root;
		const box = root.querySelector<SVGSVGElement>('.scene-stage svg')?.viewBox?.baseVal;
		const aspect = box ? box.width / box.height : NaN;
		const rem = rootFontSize();
		this.layout = presenterLayout(aspect, innerWidth, innerHeight, rem);
		if (this.layout.text !== 'below') return;
		// Under the drawing, the words at their longest step (the caption holds them all, invisibly) and the
		// bar: measured once laid out at the screen's width, then the drawing leaves them their room.
		await tick();
		if (!this.active || this.#root !== root) return;
		const caption = root.querySelector<HTMLElement>('.scene-caption');
		const controls = root.querySelector<HTMLElement>('.scene-controls');
		const gap = parseFloat(getComputedStyle(root).rowGap) || 0;
		const room = (caption?.scrollHeight ?? 0) + (controls?.offsetHeight ?? 0) + 2 * gap;
		this.layout = presenterLayout(aspect, innerWidth, innerHeight, rem, room);
	};

	#onFullscreenChange = () => {
		// the browser's own Escape (or its "exit full screen") ends the presentation too
		if (this.#inFullscreen && document.fullscreenElement !== this.#root) {
			this.#inFullscreen = false;
			this.leave();
		}
	};
}
