import type { Component } from 'svelte';
import { isEvidenceLevel, type EvidenceLevel } from '$lib/evidence/levels';
import type { NumberFormat } from '$lib/i18n/numbers';
import type { Control, ParamsOf } from './parameters';
import type { Step } from './steps';

/**
 * The contract between a scene and the shell that plays it. A scene is one folder, `src/lib/scenes/<id>/`,
 * whose `index.ts` exports a `SceneModule` as default and whose `messages/fr.json` and `messages/en.json`
 * hold every word it shows (see SceneWords). The shell, the prerendered first frame, the scene page and the
 * lazy loader find it by its folder: no code outside it names the scene (README: "How a scene works" lists
 * the rows a new scene adds to model.md and to the browser tests' table).
 */

/** The words every scene catalogue has; a scene adds its own (figure labels, descriptions) beside them. */
export interface SceneWords {
	title: string;
	/** a short introduction for the scene's own page */
	intro: string;
	/** what the figure shows, in one line: the index of the figures */
	summary: string;
	/**
	 * what the figure shows, in one plain sentence for a patient (no units, no ion symbols), ending on the idea
	 * its `patientClaim` labels: it opens the figure on the patient's page (PatientLead). Every scene has one
	 * (tests/unit/scenes/patient-lead.test.ts names a scene that lacks it).
	 */
	patient?: string;
	/** per step id: its name ("K⁺ leaves") and one or two sentences for the list of steps */
	steps: Readonly<Record<string, { name: string; text: string }>>;
	/** per parameter key: its label, and the words of its options or named stops */
	params: Readonly<Record<string, ParamWords>>;
	/** per claim id: the claim in words */
	claims: Readonly<Record<string, string>>;
	/** per entry of the scene's about.ts: what the figure assumes, for its page ("about this model") */
	about?: Readonly<Record<string, string>>;
}

export interface ParamWords {
	label: string;
	/** a claim layer's: what it shows, named beside its evidence badge while the figure is presented */
	shown?: string;
	options?: Readonly<Record<string, string>>;
	stops?: Readonly<Record<string, string>>;
	/** a count's value in words, by plural form, with `{n}`: "{n} week", "{n} weeks" (value-text.ts) */
	count?: { one: string; other: string };
}

/** A claim the scene draws, with how sure science is about it and the references behind it. */
export interface SceneClaim {
	/** its words are the catalogue's claims.<id> */
	id: string;
	level: EvidenceLevel;
	/** the evidence that weighs on it: references' ids */
	refs: readonly string[];
	/** who makes the claim, when one of the source articles does: cited as its source, not its evidence */
	source?: string;
}

/**
 * What every frame says: the step a reader would name at that position. A scene's frame extends steps.ts's
 * StepFrame, which adds the Position (how far each passage has gone).
 */
export interface SceneFrame {
	step: string;
}

/**
 * How a Figure lays out its parts: 'portrait' (stacked, the default: phones, a column of text) or
 * 'landscape' (side by side: a wide screen, a projector). A scene that draws both lists them in
 * `arrangements`; the shell chooses by the room it has.
 */
export type Arrangement = 'portrait' | 'landscape';

/** What a scene's Figure and its description are given. */
export interface SceneView<M, F, W> {
	/** what depends only on the parameters, computed once per change */
	model: M;
	/** what is drawn at one position t, computed per frame */
	frame: F;
	words: W;
	n: NumberFormat;
	/** the layout the shell asks for, among the scene's `arrangements` ('portrait' when absent) */
	arrangement?: Arrangement;
}

export interface SceneModule<
	S extends readonly Step[] = readonly Step[],
	C extends readonly Control[] = readonly Control[],
	M = unknown,
	F extends SceneFrame = SceneFrame,
	W extends SceneWords = SceneWords
> {
	/** the folder's name: /fr/scenes/<id>/ */
	id: string;
	steps: S;
	/** what the reader can change, as data (parameters.ts); the shell draws the controls */
	controls: C;
	claims: readonly SceneClaim[];
	/** the claim whose evidence label follows `words.patient` on the patient's page: one of `claims`, by id */
	patientClaim?: string;
	/** the layouts its Figure can draw; ['portrait'] when absent */
	arrangements?: readonly Arrangement[];
	/** everything that depends only on the parameters (ODE runs, traces, series): once per change */
	model(params: ParamsOf<C>): M;
	/** the cheap part: what is drawn at position t (a number of steps), once per frame */
	frameAt(model: M, t: number): F;
	/** one plain sentence for a settled step (chosen by its id): the caption, and what screen readers hear */
	describe(view: SceneView<M, F, W>): string;
	Figure: Component<SceneView<M, F, W>>;
}

/**
 * What a scene's `scene.json` declares, as data a science reviewer edits without reading TypeScript: its id
 * (its folder's name), the layouts its Figure draws, its claims with their evidence, and the claim its
 * patient sentence ends on.
 */
export type SceneDeclaration = Pick<SceneModule, 'id' | 'arrangements' | 'claims' | 'patientClaim'>;

/** scene.json as JSON types it: every level and layout a plain string */
interface SceneJson {
	id: string;
	arrangements?: readonly string[];
	patientClaim?: string;
	claims: readonly (Omit<SceneClaim, 'level'> & { level: string })[];
}

const isArrangement = (value: string): value is Arrangement => value === 'portrait' || value === 'landscape';

/**
 * A scene's scene.json, checked as it is read: JSON cannot type an evidence level or a layout, so a slip
 * ("establised", "landscpe") stops the build and the tests with the scene and the word, never shows a
 * wrong badge or no figure.
 */
export function declaration(json: SceneJson): SceneDeclaration {
	const wrong = (what: string, value: string) =>
		new Error(`src/lib/scenes/${json.id}/scene.json: unknown ${what} "${value}"`);
	const claims = json.claims.map(({ level, ...claim }) => {
		if (!isEvidenceLevel(level)) throw wrong('evidence level', level);
		return { ...claim, level };
	});
	const arrangements = json.arrangements?.map((each) => {
		if (!isArrangement(each)) throw wrong('arrangement', each);
		return each;
	});
	return { id: json.id, arrangements, patientClaim: json.patientClaim, claims };
}

/** A scene of any shape, as the loader and the shell hold it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each scene has its own model and frame types
export type AnyScene = SceneModule<readonly Step[], readonly Control[], any, any, any>;

/**
 * Declares a scene with its types inferred from the data: the step ids, the parameters (from `controls`),
 * the model and the frame. `export default defineScene({ … })` in the scene's index.ts.
 */
export function defineScene<
	const S extends readonly Step[],
	const C extends readonly Control[],
	M,
	F extends SceneFrame,
	W extends SceneWords
>(scene: SceneModule<S, C, M, F, W>): SceneModule<S, C, M, F, W> {
	return scene;
}
