import { render } from 'svelte/server';
import { references } from '$content/references';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeholders } from '$lib/i18n/format';
import { languages, type Lang } from '$lib/i18n/languages';
import { numberFormat } from '$lib/i18n/numbers';
import { loadMessages } from '$lib/i18n/messages';
import { loadPlayerMessages } from '$lib/player/messages';
import {
	defaultsOf,
	isParameter,
	type Parameter,
	type ParamValue,
	type ParamValues
} from '$lib/player/parameters';
import { stillPlayer } from '$lib/player/player.svelte';
import SceneView from '$lib/player/SceneView.svelte';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import { load } from '../../../src/routes/[lang=lang]/scenes/[scene=scene]/+page.server';
import { load as loadIndex } from '../../../src/routes/[lang=lang]/scenes/+page.server';

// Every scene's words live in two catalogues, messages/fr.json and messages/en.json. A key missing in one
// language, a placeholder asked for in one language only, or a key nothing reads fails here.

type Catalogue = { [key: string]: string | Catalogue };

/** Every message of a catalogue, by its dotted path: "describe.repolarised.atRest" → the sentence. */
function leaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(catalogue)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
	}
	return out;
}

/** The catalogue wrapped so that every message read through it is noted in `read`. */
function tracked<T extends object>(catalogue: T, read: Set<string>, prefix = ''): T {
	return new Proxy(catalogue, {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver);
			if (typeof key !== 'string') return value;
			const path = prefix ? `${prefix}.${key}` : key;
			if (typeof value === 'string') read.add(path);
			return value && typeof value === 'object' ? tracked(value, read, path) : value;
		}
	});
}

/**
 * Parameter sets that reach every control: the defaults, then each parameter through each of its values; a
 * range also a quarter of the way up, where a small effect can read differently from none or from a large one
 * (K2P: channels open, but too few to bring the membrane back to rest).
 */
/** Every value a reader can give a parameter: each stop of a slider (40 spread evenly when it has more), each option. */
function valuesOf(parameter: Parameter): ParamValue[] {
	if (parameter.kind === 'choice') return [...parameter.options];
	if (parameter.kind === 'stops') return [...parameter.stops];
	if (parameter.kind !== 'range') return [false, true];
	const count = Math.round((parameter.max - parameter.min) / parameter.step);
	const every = Math.max(1, Math.ceil(count / 40));
	const values: number[] = [];
	for (let i = 0; i <= count; i += every)
		values.push(Number((parameter.min + i * parameter.step).toFixed(10)));
	return [...values, parameter.max];
}

/**
 * What a reader reaches by moving any two controls, each through all its values (a control's `when`, such as
 * the stimulus its slider belongs to, set with it): where a sentence can be chosen for a combination, such
 * as a strong stimulus on an ending in pain for a year.
 */
function reachable(parameters: readonly Parameter[], defaults: ParamValues): ParamValues[] {
	const sets: ParamValues[] = [defaults];
	for (const [i, first] of parameters.entries())
		for (const second of parameters.slice(i + 1)) {
			const when = { ...first.when, ...second.when };
			// two sliders that belong to different choices (heat, pH) are never shown together
			if (
				Object.entries(second.when ?? {}).some(
					([key, value]) => first.when?.[key] !== undefined && first.when[key] !== value
				)
			)
				continue;
			if (second.key in (first.when ?? {}) || first.key in (second.when ?? {})) continue;
			for (const a of valuesOf(first))
				for (const b of valuesOf(second))
					sets.push({ ...defaults, ...when, [first.key]: a, [second.key]: b });
		}
	return sets;
}

const quarterWay = ({ min, max, step }: { min: number; max: number; step: number }) =>
	min + Math.round((max - min) / 4 / step) * step;

function parameterSets(parameters: readonly Parameter[], defaults: ParamValues): ParamValues[] {
	const sets: ParamValues[] = [defaults];
	for (const parameter of parameters) {
		const values =
			parameter.kind === 'choice'
				? parameter.options
				: parameter.kind === 'stops'
					? parameter.stops
					: parameter.kind === 'range'
						? [parameter.min, quarterWay(parameter), parameter.default, parameter.max]
						: [false, true];
		for (const value of values) sets.push({ ...defaults, ...parameter.when, [parameter.key]: value });
	}
	return sets;
}

beforeAll(() => Promise.all([loadMessages(...languages), loadPlayerMessages(...languages)]));

describe.each(sceneIds)('the words of scene %s', (id) => {
	const scene = sceneOf(id);
	const fr = leaves(wordsOf(id, 'fr') as unknown as Catalogue);

	it.each(languages)('%s has exactly the keys of the French catalogue, none empty', (lang) => {
		const words = leaves(wordsOf(id, lang) as unknown as Catalogue);
		expect([...words.keys()].sort()).toEqual([...fr.keys()].sort());
		for (const [path, text] of words) expect(text.trim(), `${lang} ${path}`).not.toBe('');
	});

	it('asks for the same placeholders in both languages', () => {
		const en = leaves(wordsOf(id, 'en') as unknown as Catalogue);
		for (const [path, text] of fr) expect(placeholders(en.get(path) ?? ''), path).toEqual(placeholders(text));
	});

	it('names every step, parameter and claim the scene declares, and nothing else', () => {
		const words = wordsOf(id, 'fr');
		expect(Object.keys(words.steps).sort()).toEqual(scene.steps.map((step) => step.id).sort());
		expect(Object.keys(words.claims).sort()).toEqual(scene.claims.map((claim) => claim.id).sort());
		expect(Object.keys(words.params).sort()).toEqual(scene.controls.map((control) => control.key).sort());
	});

	it('cites only references of the bibliography, and names a source article as the claim’s source, never its evidence', () => {
		const known = new Map(references.map((ref) => [ref.id, ref]));
		for (const claim of scene.claims) {
			for (const ref of claim.refs) {
				expect(known.has(ref), `${claim.id} cites ${ref}`).toBe(true);
				expect(known.get(ref)?.kind, `${claim.id}: ${ref} is a source article`).not.toBe('source-article');
			}
			if (claim.source) expect(known.get(claim.source)?.kind, claim.id).toBe('source-article');
		}
	});

	it.each(languages)(
		'in %s, every message is read by the figure, its description, its controls or its page',
		async (lang: Lang) => {
			const read = new Set<string>();
			const words = tracked(wordsOf(id, lang), read);
			const parameters = scene.controls.filter(isParameter);
			// the description, at every step, for whatever two controls a reader moves
			const n = numberFormat(lang);
			for (const params of reachable(parameters, defaultsOf(scene.controls))) {
				const model = scene.model(params);
				for (let step = 0; step < scene.steps.length; step++)
					scene.describe({ model, frame: scene.frameAt(model, step), words, n });
			}
			// the figure and its controls, at every step, with every control shown and every claim layer on
			for (const params of parameterSets(parameters, defaultsOf(scene.controls))) {
				for (let step = 0; step < scene.steps.length; step++) {
					// rendering happens when the body is read
					void render(SceneView, {
						props: { scene, words, lang, player: stillPlayer(scene.steps, step), initialParams: params }
					}).body;
				}
			}
			// the scene's own page: its introduction, each step's text and each claim
			const page = (await load({ params: { lang, scene: id } } as Parameters<typeof load>[0])) as {
				intro: string;
				steps: { text: string }[];
				claims: { text: string }[];
				about: { key: string; text: string }[];
				questions: { prompt: string; explain: string; options: { text: string; whyNot?: string }[] }[];
			};
			void [page.intro, page.steps.map((step) => step.text), page.claims.map((claim) => claim.text)];
			// the index of the figures: what each one shows, in a line
			const index = loadIndex({ params: { lang } } as Parameters<typeof loadIndex>[0]) as {
				scenes: { id: string; summary: string }[];
			};
			if (index.scenes.find((entry) => entry.id === id)?.summary === wordsOf(id, lang).summary)
				read.add('summary');
			// "about this model": each entry's words, their numbers filled in
			for (const entry of page.about) if (!entry.text.includes('{')) read.add(`about.${entry.key}`);
			const pageWords = leaves(wordsOf(id, lang) as unknown as Catalogue);
			for (const [path, text] of pageWords) {
				if (path === 'intro' && page.intro === text) read.add(path);
				if (path.endsWith('.text') && page.steps.some((step) => step.text === text)) read.add(path);
				if (path.startsWith('claims.') && page.claims.some((claim) => claim.text === text)) read.add(path);
				// predict, then see: each question's prompt, options, explanation and why each wrong option is wrong
				// (src/lib/questions/)
				const asked = page.questions.flatMap((q) => [
					q.prompt,
					q.explain,
					...q.options.flatMap((o) => [o.text, ...(o.whyNot ? [o.whyNot] : [])])
				]);
				if (path.startsWith('questions.') && asked.includes(text)) read.add(path);
			}
			const unread = [...fr.keys()].filter((path) => !read.has(path));
			expect(unread).toEqual([]);
		}
	);
});
