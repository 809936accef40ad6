import { onDestroy } from 'svelte';
import { prefersReducedMotion } from './motion';
import { Player } from './player.svelte';
import { stepFromParam, type Step } from './steps';

/**
 * The player of one interactive scene, set up the way every scene needs it: opened at the step a link or
 * a story asks for, with the reader's motion preference, moved when the asked-for step changes later (a
 * scroll story), and stopped with the component. Call it during a component's initialisation.
 */
export function useScenePlayer(steps: readonly Step[], askedStep: () => string | null | undefined): Player {
	const player = new Player(steps, {
		startAt: stepFromParam(askedStep(), steps),
		reducedMotion: prefersReducedMotion()
	});
	onDestroy(() => player.destroy());

	let last = askedStep();
	$effect(() => {
		const step = askedStep();
		if (step === last) return;
		last = step;
		if (step) player.goTo(stepFromParam(step, steps));
	});
	return player;
}
