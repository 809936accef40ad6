import { render } from 'svelte/server';
import { isLang } from '$lib/i18n/languages';
import { scenePath } from '$lib/i18n/paths';
import { loadPlayerMessages } from '$lib/player/messages';
import { stillPlayer } from '$lib/player/player.svelte';
import SceneView from '$lib/player/SceneView.svelte';
import { stepFromParam } from '$lib/player/steps';
import { defaultsOf } from '$lib/player/parameters';
import { numberFormat } from '$lib/i18n/numbers';
import { sceneIdPattern } from './ids';
import { sceneOf, wordsOf } from './scenes.server';

const anyId = sceneIdPattern.source;

/**
 * A slot left empty, its id not matched (one that breaks sceneIdPattern: "osmosis_v2"), would be a figure
 * with no first frame and no thumbnail, silently: the build stops instead, naming the folder.
 */
function noSlotLeft(html: string, kind: string): string {
	const left = new RegExp(`<div class="${kind}" data-scene="([^"]*)"[^>]*></div>`).exec(html);
	if (left)
		throw new Error(
			`src/lib/scenes/${left[1]}/: no ${kind === 'scene-static' ? 'first frame' : 'thumbnail'} for an id that is not lower-case letters and digits joined by hyphens (sceneIdPattern, src/lib/scenes/ids.ts)`
		);
	return html;
}

// <div class="scene-static" data-scene="k2p" data-step="" data-lang="fr" data-compact="false"></div>,
// as Scene.svelte leaves it
const slot = new RegExp(
	`<div class="scene-static" data-scene="(${anyId})" data-step="([^"]*)" data-lang="([a-z]+)" data-compact="(true|false)"></div>`,
	'g'
);

/**
 * Writes each scene's first frame into its slot in a prerendered page: the same shell the live scene
 * has (figure, caption, and its controls drawn but hidden), so the figure is there at once, without
 * JavaScript, without shipping the scene's code before it wakes, and without moving when it does.
 * Svelte leaves the slot's children alone when the page hydrates; Scene.svelte replaces the slot with
 * the live scene when it wakes.
 */
export async function injectSceneFrames(html: string): Promise<string> {
	const langs = new Set([...html.matchAll(slot)].map((match) => match[3]!).filter(isLang));
	await loadPlayerMessages(...langs);
	let figure = 0;
	const written = html.replace(slot, (whole, id: string, step: string, lang: string, compact: string) => {
		if (!isLang(lang)) throw new Error(`No static frame for scene "${id}" in "${lang}"`);
		const scene = sceneOf(id);
		const { body } = render(SceneView, {
			props: {
				scene,
				words: wordsOf(id, lang),
				lang,
				player: stillPlayer(scene.steps, stepFromParam(step, scene.steps)),
				compact: compact === 'true',
				pageLink: scenePath(id, lang)
			},
			// each figure its own ids: several frames share a page
			idPrefix: `f${figure++}-`
		});
		return whole.replace('></div>', `>${body}</div>`);
	});
	return noSlotLeft(written, 'scene-static');
}

// <div class="scene-thumb-slot" data-scene="k2p" data-lang="fr"></div>, as the index of the figures leaves it
const thumbSlot = new RegExp(
	`<div class="scene-thumb-slot" data-scene="(${anyId})" data-lang="([a-z]+)"></div>`,
	'g'
);

/**
 * Writes each figure's first frame, the drawing alone, into its slot on the index of the figures: a
 * picture of what the figure shows, with no script and no controls.
 */
export function injectSceneThumbs(html: string): string {
	let figure = 0;
	const written = html.replace(thumbSlot, (whole, id: string, lang: string) => {
		if (!isLang(lang)) throw new Error(`No thumbnail for scene "${id}" in "${lang}"`);
		const scene = sceneOf(id);
		const model = scene.model(defaultsOf(scene.controls));
		const { body } = render(scene.Figure, {
			props: { model, frame: scene.frameAt(model, 0), words: wordsOf(id, lang), n: numberFormat(lang) },
			idPrefix: `t${figure++}-`
		});
		return whole.replace('></div>', `>${body}</div>`);
	});
	return noSlotLeft(written, 'scene-thumb-slot');
}
