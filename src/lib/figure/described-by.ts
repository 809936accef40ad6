import { getContext, setContext } from 'svelte';

/**
 * The id of the words that say what a figure shows now (its caption's step and sentence, SceneCaption):
 * the drawing is described by them (aria-describedby), so a screen reader that meets the image hears what
 * it shows, not only its title, without first going through the controls that stand between the two.
 */
const key = Symbol('figure-described-by');

/** the figure's shell (SceneView): the id its caption gives the words */
export function provideFigureDescription(id: string): void {
	setContext(key, id);
}

/** in FigureSvg: undefined where no caption describes the drawing (an index's thumbnail) */
export function figureDescription(): string | undefined {
	return getContext<string | undefined>(key);
}
