import type { NumberFormat } from '$lib/i18n/numbers';
import { clamp } from '$lib/math/clamp';
import { nearestStop } from '$lib/math/nearest';
import { hasOwn } from '$lib/compat/has-own';

/**
 * What a reader can change in a scene, declared as data: the shell draws the control, keeps the value valid
 * and hands the scene's model a complete, safe set of parameters. Labels come from the scene's catalogue:
 * `params.<key>.label`, and for a choice `params.<key>.options.<option>`, for a named stop
 * `params.<key>.stops.<name>`.
 */
interface Shown {
	/** draw the control only while other parameters have these values: `{ kind: 'heat' }` */
	when?: Readonly<Record<string, string | number | boolean>>;
}

/** A number on a slider from min to max by step. */
export interface RangeParameter<K extends string = string> extends Shown {
	kind: 'range';
	key: K;
	min: number;
	max: number;
	step: number;
	default: number;
	/** the value as the reader reads it, beside the label and as the slider's aria-valuetext */
	show?: (value: number, n: NumberFormat) => string;
	/**
	 * a number a link asked for, as this page writes it with its unit ("2,5 mL"), outside the slider's range
	 * too: an address note echoes it so, not as the link wrote it ("2.5")
	 */
	echo?: (value: number, n: NumberFormat) => string;
}

/**
 * A slider over limits a physiology module gives as [min, max], handed over whole rather than retyped:
 * `range('openFraction', K2P_LIMITS.openFraction, { step: 0.05, default: 0.6 })`.
 */
export function range<
	const K extends string,
	const R extends Omit<RangeParameter<K>, 'kind' | 'key' | 'min' | 'max'>
>(key: K, [min, max]: readonly [number, number], rest: R): RangeParameter<K> & R {
	return { kind: 'range', key, min, max, ...rest };
}

/** A number on a slider that moves along stops (5, 10, 20 … 500 mL): fine where it matters, then coarse. */
export interface StopsParameter<K extends string = string> extends Shown {
	kind: 'stops';
	key: K;
	stops: readonly number[];
	default: number;
	show?: (value: number, n: NumberFormat) => string;
	echo?: (value: number, n: NumberFormat) => string;
	/** stops that also have a name, read from the catalogue: `{ blood: 5 }` → params.<key>.stops.blood */
	named?: Readonly<Record<string, number>>;
}

/** One of a few options, as radio buttons. */
export interface ChoiceParameter<K extends string = string, O extends string = string> extends Shown {
	kind: 'choice';
	key: K;
	options: readonly O[];
	default: O;
}

/** On or off, as a checkbox. */
export interface SwitchParameter<K extends string = string> extends Shown {
	kind: 'switch';
	key: K;
	default: boolean;
}

/**
 * A switch that draws one of the scene's claims (a source article's hypothesis) as its own dashed layer and,
 * while on, shows that claim's evidence badge and words.
 */
export interface ClaimParameter<K extends string = string> extends Shown {
	kind: 'claim';
	key: K;
	/** the id of one of the scene's claims */
	claim: string;
	default: boolean;
}

/** Not a parameter: words among the controls (params.<key>.label), with a claim's badge if it names one. */
export interface NoteControl extends Shown {
	kind: 'note';
	key: string;
	claim?: string;
}

export type Parameter = RangeParameter | StopsParameter | ChoiceParameter | SwitchParameter | ClaimParameter;
export type Control = Parameter | NoteControl;

type ValueOf<P> = P extends { kind: 'range' | 'stops' }
	? number
	: P extends { kind: 'choice'; options: readonly (infer O)[] }
		? O
		: boolean;

/**
 * The parameters a list of controls declares, typed: { openFraction: number; showHypothesis: boolean }. The
 * list must be written `[…] as const satisfies readonly Control[]`: without `as const` the keys widen to
 * `string` and every parameter's type is lost.
 */
export type ParamsOf<C extends readonly Control[]> = {
	[P in Extract<C[number], Parameter> as P['key']]: ValueOf<P>;
};

export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

export const isParameter = (control: Control): control is Parameter => control.kind !== 'note';

/** Every parameter at its default. */
export function defaultsOf<C extends readonly Control[]>(controls: C): ParamsOf<C> {
	const values: ParamValues = {};
	for (const control of controls) if (isParameter(control)) values[control.key] = control.default;
	return values as ParamsOf<C>;
}

/**
 * A value the parameter accepts, whatever it is handed (a slider, an address, a test): a number is clamped
 * to its range and rounded to its step, or moved to the nearest stop; an unknown option or a non-boolean
 * gives the default. Never NaN.
 */
export function safeValue(parameter: Parameter, value: unknown): ParamValue {
	switch (parameter.kind) {
		case 'range': {
			const { min, max, step } = parameter;
			const number = clamp(typeof value === 'number' ? value : Number.NaN, min, max, parameter.default);
			const stepped = min + Math.round((number - min) / step) * step;
			// rounding to the step keeps 0.1 + 0.2 from showing as 0.30000000000000004
			return clamp(Number(stepped.toFixed(10)), min, max);
		}
		case 'stops': {
			const number = typeof value === 'number' ? value : Number.NaN;
			return parameter.stops[nearestStop(parameter.stops, number, parameter.default)]!;
		}
		case 'choice':
			return (parameter.options as readonly unknown[]).includes(value)
				? (value as string)
				: parameter.default;
		default:
			return typeof value === 'boolean' ? value : parameter.default;
	}
}

/**
 * A complete, valid set of parameters: the defaults, with each value given for a known parameter made
 * safe (safeValue). Unknown keys are dropped.
 */
export function safeParams<C extends readonly Control[]>(
	controls: C,
	values: Readonly<Record<string, unknown>> = {}
): ParamsOf<C> {
	const params: ParamValues = defaultsOf(controls);
	for (const control of controls)
		if (isParameter(control) && hasOwn(values, control.key))
			params[control.key] = safeValue(control, values[control.key]);
	return params as ParamsOf<C>;
}

/** Whether a control is drawn with these parameter values (its `when` holds). */
export function isShown(control: Control, params: Readonly<ParamValues>): boolean {
	return Object.entries(control.when ?? {}).every(([key, value]) => params[key] === value);
}
