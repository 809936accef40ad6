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
 * anything (dragged off, cancelled, Pause) lets the parts fall back as it ends. With reduced motion nothing
 * moves continuously, and nothing is lifted.
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
		if (event.target instanceof Element && event.target.closest('.transport button')) pressing = true;
	};
	// a click is handled in the task of the up that makes it: let go after that task, never before
	const letGo = () => setTimeout(() => (pressing = false));
	const presses = ['pointerdown', 'keydown'] as const;
	const ends = ['pointerup', 'pointercancel', 'keyup'] as const;
	$effect(() => {
		const root = figure.root();
		if (!figure.active() || !root) return;
		presses.forEach((type) => root.addEventListener(type, press));
		ends.forEach((type) => addEventListener(type, letGo));
		return () => {
			presses.forEach((type) => root.removeEventListener(type, press));
			ends.forEach((type) => removeEventListener(type, letGo));
		};
	});
}
