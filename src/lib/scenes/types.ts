import type { Component } from 'svelte';
import type { EvidenceLevel } from '$lib/evidence/levels';
import type { Lang } from '$lib/i18n/languages';
import type { Step } from '$lib/player/steps';

/** The words of a scene in one language: content, kept apart from the drawing code. */
export interface SceneText {
	title: string;
	/** a short introduction for the scene's own page */
	intro: string;
	/** one name per step, in step order ("K⁺ leaves") */
	stepNames: readonly string[];
	/** one or two sentences per step for the text list of steps */
	stepTexts: readonly string[];
}

/** A claim the scene draws, with how sure science is about it and the references behind it. */
export interface SceneClaim {
	level: EvidenceLevel;
	refs: readonly string[];
	text: Record<Lang, string>;
}

/** What a scene's own page shows around the figure: light, loaded before the scene wakes. */
export interface ScenePage {
	steps: readonly Step[];
	text: Record<Lang, SceneText>;
	claims: readonly SceneClaim[];
}

/**
 * Everything about one animated figure except its interactive shell: its steps, words, the model state at
 * any position t, the sentence that describes a state, and the SVG that draws one.
 */
export interface SceneDefinition<State = unknown> {
	id: string;
	steps: readonly Step[];
	text: Record<Lang, SceneText>;
	claims: readonly SceneClaim[];
	/** the state shown at t with the scene's default parameters (the first frame, deep links) */
	defaultStateAt(t: number): State;
	describe(state: State, lang: Lang): string;
	Figure: Component<{ snapshot: State; lang: Lang }>;
}
