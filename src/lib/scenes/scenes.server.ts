import { citedSource, claimantOf } from '$content/citations';
import type { Lang } from '$lib/i18n/languages';
import type { AnyScene, SceneWords } from '$lib/player/scene';
import type { AboutEntry } from './about';

/**
 * Every scene and its words, at hand on the server (prerendering): the scene pages' text and the first
 * frames written into each page. The browser never loads this file; it uses registry.ts.
 */
const modules = import.meta.glob<AnyScene>('./*/index.ts', { eager: true, import: 'default' });
const catalogues = import.meta.glob<SceneWords>('./*/messages/*.json', { eager: true, import: 'default' });
const abouts = import.meta.glob<readonly AboutEntry[]>('./*/about.ts', { eager: true, import: 'about' });

export function sceneOf(id: string): AnyScene {
	const scene = modules[`./${id}/index.ts`];
	if (!scene)
		throw new Error(
			`Unknown scene "${id}": src/lib/scenes/${id}/index.ts, which exports defineScene({ … }), is missing`
		);
	return scene;
}

export function wordsOf(id: string, lang: Lang): SceneWords {
	const words = catalogues[`./${id}/messages/${lang}.json`];
	if (!words)
		throw new Error(`Scene "${id}" has no ${lang} words: add src/lib/scenes/${id}/messages/${lang}.json`);
	return words;
}

/** What a scene's figure assumes (its about.ts): none listed is an empty list. */
export function aboutOf(id: string): readonly AboutEntry[] {
	return abouts[`./${id}/about.ts`] ?? [];
}

/**
 * The claims a scene's figure draws, in the reader's words, each with its evidence level and references,
 * and who makes it when a source article does: what its page and its embed list under the figure.
 */
export function claimsOf(id: string, lang: Lang) {
	const words = wordsOf(id, lang);
	return sceneOf(id).claims.map((claim) => ({
		id: claim.id,
		level: claim.level,
		sources: claim.refs.map(citedSource),
		source: claim.source ? claimantOf(claim.source, lang) : null,
		text: words.claims[claim.id]!
	}));
}
