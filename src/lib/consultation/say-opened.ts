import type { SequenceFigure } from '$lib/address/figure-context';

/**
 * A figure opened by moving through the sequence (a clicker's Page Down past the last step, Next figure, a
 * Show in the list) comes whole into the page, its caption's live region already holding the step's
 * sentence: a region that appears with its words is not read, and a blind presenter heard the figure's
 * name (the sequence's own status) but never its first step (screen-reader review D6). Once the figure is
 * whole (data-awake, Scene.island.svelte), `say` is given that sentence, unless the figure has moved on
 * meanwhile (a key pressed while it woke): its caption then says the step it moves to, and that is enough.
 * Loaded with the first figure opened so, not with the page.
 */
export function sayWhenWhole(
	stage: HTMLElement,
	figure: SequenceFigure,
	stillShown: () => boolean,
	say: (sentence: string) => void
) {
	const opened = figure.player.index;
	const whole = () => stage.querySelector('figure.scene[data-awake="true"]');
	const done = () => {
		observer.disconnect();
		if (!stillShown() || figure.player.moving || figure.player.destination !== opened) return;
		const sentence = whole()?.querySelector('.scene-live-part .scene-description')?.textContent?.trim();
		if (sentence) say(sentence);
	};
	const observer = new MutationObserver(() => {
		if (!stillShown()) observer.disconnect();
		else if (whole()) done();
	});
	if (whole()) done();
	else observer.observe(stage, { subtree: true, attributes: true, attributeFilter: ['data-awake'] });
}
