import { render } from 'svelte/server';
import { isLang, type Lang } from '$lib/i18n/languages';
import { k2pScene } from './k2p/definition';
import { trpv1Scene } from './trpv1/definition';
import { pumpScene } from './pump/definition';
import { cushionScene } from './cushion/definition';
import { injectionScene } from './injection/definition';
import StaticFrame from './StaticFrame.svelte';
import type { SceneDefinition } from './types';

/** One static renderer per scene, each typed with its own state. */
function frameOf<State>(definition: SceneDefinition<State>) {
	return (step: string, lang: Lang) => render(StaticFrame<State>, { props: { definition, step, lang } }).body;
}

const frames: Record<string, (step: string, lang: Lang) => string> = {
	trpv1: frameOf(trpv1Scene),
	k2p: frameOf(k2pScene),
	pump: frameOf(pumpScene),
	cushion: frameOf(cushionScene),
	injection: frameOf(injectionScene)
};

// <div class="scene-static" data-scene="k2p" data-step="" data-lang="fr"></div>, as Scene.svelte leaves it
const slot =
	/<div class="scene-static" data-scene="([a-z0-9-]+)" data-step="([^"]*)" data-lang="([a-z]+)"><\/div>/g;

/**
 * Writes each scene's first frame into its slot in a prerendered page: static SVG and caption, so the
 * figure is there at once, without JavaScript, and without shipping the scene's code before it wakes.
 * Svelte leaves the slot's children alone when the page hydrates, and Scene.svelte replaces the slot
 * with the live scene when it wakes.
 */
export function injectSceneFrames(html: string): string {
	return html.replace(slot, (whole, id: string, step: string, lang: string) => {
		const frame = frames[id];
		if (!frame || !isLang(lang)) throw new Error(`No static frame for scene "${id}" in "${lang}"`);
		return whole.replace('></div>', `>${frame(step, lang)}</div>`);
	});
}
