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
import { presentedClaims } from '$lib/player/presented-caption';
import { stillPlayer } from '$lib/player/player.svelte';
import PatientLead from '$lib/player/PatientLead.svelte';
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
 * Every value a reader can give a parameter: each stop of a slider (`spread` of them evenly when it has more),
 * each option, off and on.
 */
function valuesOf(parameter: Parameter, spread: number): ParamValue[] {
	if (parameter.kind === 'choice') return [...parameter.options];
	if (parameter.kind === 'stops') return [...parameter.stops];
	if (parameter.kind !== 'range') return [false, true];
	const count = Math.round((parameter.max - parameter.min) / parameter.step);
	const every = Math.max(1, Math.ceil(count / spread));
	const values: number[] = [];
	for (let i = 0; i <= count; i += every)
		values.push(Number((parameter.min + i * parameter.step).toFixed(10)));
	return [...values, parameter.max];
}

/** A slider alone is walked through 40 of its values; two together through 12 each (a sentence chosen by
 * where one number stands needs the fine walk; one chosen by two numbers together, such as a strong stimulus
 * on an ending in pain for a year, is found on the coarser grid, at a fraction of the time: trpv1's 2,700
 * combinations at 40 took 4–7 s, over Vitest's 5 s timeout under load). */
const ALONE = 40;
const TOGETHER = 20;

/**
 * What a reader reaches by moving one control through all its values, or any two together (a control's
 * `when`, such as the stimulus its slider belongs to, set with it), each set once.
 */
function reachable(parameters: readonly Parameter[], defaults: ParamValues): ParamValues[] {
	const sets = new Map<string, ParamValues>([[JSON.stringify(defaults), defaults]]);
	const add = (values: ParamValues) => sets.set(JSON.stringify(values), values);
	for (const parameter of parameters)
		for (const value of valuesOf(parameter, ALONE))
			add({ ...defaults, ...parameter.when, [parameter.key]: value });
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
			for (const a of valuesOf(first, TOGETHER))
				for (const b of valuesOf(second, TOGETHER))
					add({ ...defaults, ...when, [first.key]: a, [second.key]: b });
		}
	return [...sets.values()];
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
		const missing = [...fr.keys()].filter((path) => !words.has(path));
		const extra = [...words.keys()].filter((path) => !fr.has(path));
		expect(missing, `messages/${lang}.json lacks these keys of messages/fr.json`).toEqual([]);
		expect(extra, `messages/${lang}.json has these keys that messages/fr.json lacks`).toEqual([]);
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
				// presented, its caption names the claims shown beside their labels (presented-caption.ts)
				presentedClaims(scene.controls, scene.claims, params, words);
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
			// the patient's page: the sentence each figure opens with (patient-lead.test.ts)
			void render(PatientLead, { props: { scene, words, lang } }).body;
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
			// a key this language lacks is not unread but missing: the test above names it
			const unread = [...fr.keys()].filter((path) => pageWords.has(path) && !read.has(path));
			expect(unread, `messages/${lang}.json: keys that nothing reads`).toEqual([]);
		},
		// thousands of parameter sets described and rendered: 2–4 s for trpv1 on a quiet machine, up to twice
		// that on a busy 2-core one, where Vitest's 5 s default made it fail at random; a hang still fails
		30_000
	);
});
