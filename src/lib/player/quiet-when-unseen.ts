/**
 * A live figure's watchers: off screen or in a hidden tab, playback pauses (and GSAP's ticker goes idle);
 * the drawing's box is followed as a window turns or a column narrows; on a scene's own page, the keys are
 * heard wherever the focus is. Returns the stop (SceneView's effect cleanup).
 */
export function quietWhenUnseen(options: {
	root: HTMLElement;
	stage: HTMLElement;
	/** playing now, and the toggle that pauses it */
	playing: () => boolean;
	pause: () => void;
	/** the drawing's box changed width (not told while it is presented) */
	onwidth: (width: number) => void;
	presenting: () => boolean;
	/** the page's keys, on a scene's own page (globalKeys) */
	onkeydown?: (event: KeyboardEvent) => void;
}): () => void {
	const { root, stage, playing, pause, onwidth, presenting, onkeydown } = options;
	// (a browser without IntersectionObserver only pauses in a hidden tab)
	const observer =
		typeof IntersectionObserver === 'function'
			? new IntersectionObserver(([entry]) => {
					if (entry && !entry.isIntersecting && playing()) pause();
				})
			: null;
	observer?.observe(root);
	const sizes =
		typeof ResizeObserver === 'function'
			? new ResizeObserver(([entry]) => {
					if (entry && !presenting()) onwidth(entry.contentRect.width);
				})
			: null;
	sizes?.observe(stage);
	const onVisibility = () => {
		if (document.hidden && playing()) pause();
	};
	document.addEventListener('visibilitychange', onVisibility);
	if (onkeydown) window.addEventListener('keydown', onkeydown);
	return () => {
		observer?.disconnect();
		sizes?.disconnect();
		document.removeEventListener('visibilitychange', onVisibility);
		if (onkeydown) window.removeEventListener('keydown', onkeydown);
	};
}
