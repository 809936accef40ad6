import { provideMovingLayer } from '$lib/figure/moving-layer';
import type { PlayerView } from './player.svelte';

/**
 * When a live figure's moving parts are drawn in a layer of their own (FigureSvg, moving-layer.ts): while
 * the figure moves, and from the moment the reader presses a button that moves it (◀ Play ▶: pointer down,
 * or Space or Enter down on the button) until the click that press makes has been handled.
 *
 * Why on the press: lifting the parts costs a frame of work on a slow phone, and done on the first frame of
 * play it made that frame two vsyncs late (bench/browser/scenes.bench.ts). A hand's press lasts about a
 * tenth of a second between down and up, and the click comes at the up: lifting on the press does that
 * work while nothing moves yet, so play starts on a layer that is ready. A press that ends without moving
 * anything (dragged off, cancelled, a context menu, Pause) lets the parts fall back as it ends. With reduced
 * motion nothing moves continuously, and nothing is lifted.
 */
export function liftWhenMoving(figure: {
	root: () => HTMLElement | undefined;
	live: () => boolean;
	/** whether it answers the reader now (it listens for presses only then) */
	active: () => boolean;
	player: () => PlayerView;
}): void {
	let pressing = $state(false);
	provideMovingLayer(() => {
		const player = figure.player();
		return figure.live() && (player.moving || (pressing && !player.reducedMotion));
	});

	const press = (event: Event) => {
		if (event instanceof KeyboardEvent && event.key !== ' ' && event.key !== 'Enter') return;
		// a right button (a context menu, which takes the up) clicks nothing
		if (event instanceof PointerEvent && event.button !== 0) return;
		if (!(event.target instanceof Element && event.target.closest('.transport button'))) return;
		pressing = true;
		presses++;
	};
	let presses = 0;
	// a click is handled in the task of the up that makes it: let go after that task, never before, and never
	// of a press made since (a browser runs input before timers: a new press can come before this one's end)
	const letGo = () => {
		const ending = presses;
		setTimeout(() => {
			if (presses === ending) pressing = false;
		});
	};
	const starts = ['pointerdown', 'keydown'] as const;
	// and a press that ends in a context menu (Ctrl-click on a Mac, a long touch) or leaves the window
	const ends = ['pointerup', 'pointercancel', 'keyup', 'contextmenu', 'blur'] as const;
	$effect(() => {
		const root = figure.root();
		if (!figure.active() || !root) return;
		starts.forEach((type) => root.addEventListener(type, press));
		ends.forEach((type) => addEventListener(type, letGo));
		return () => {
			starts.forEach((type) => root.removeEventListener(type, press));
			ends.forEach((type) => removeEventListener(type, letGo));
		};
	});
}
