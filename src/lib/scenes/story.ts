import { getContext, setContext } from 'svelte';

/**
 * The link between a <SceneStory> and its <StoryStep>s: each text step tells the story which figure step
 * it stands for, and the story moves its figure to the step whose text is in the middle of the screen.
 */
export interface StoryContext {
	/** watch a text step; returns the function that stops watching it */
	observe(element: HTMLElement, step: string): () => void;
}

const key = Symbol('scene-story');

export function provideStory(story: StoryContext): void {
	setContext(key, story);
}

export function currentStory(): StoryContext | undefined {
	return getContext<StoryContext | undefined>(key);
}
