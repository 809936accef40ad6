import type { NumberFormat } from '$lib/i18n/numbers';
import type { Parameter, RangeParameter, StopsParameter } from './parameters';
import type { SceneWords } from './scene';

/** A parameter's name as its control labels it ("Temperature:"), or its claim's words for a claim layer. */
export function parameterLabel(parameter: Parameter, words: SceneWords): string {
	const label = words.params[parameter.key]?.label;
	if (label) return label;
	return parameter.kind === 'claim' ? (words.claims[parameter.claim] ?? parameter.key) : parameter.key;
}

/**
 * A number as its control shows it, beside the label and as the slider's aria-valuetext: "44 °C", or a
 * named stop with its name, "5 mL (blood)".
 */
export function valueText(
	parameter: RangeParameter | StopsParameter,
	value: number,
	words: SceneWords,
	n: NumberFormat
): string {
	const text = parameter.show ? parameter.show(value, n) : n.upTo(value, 2);
	const name = Object.entries(parameter.kind === 'stops' ? (parameter.named ?? {}) : {}).find(
		([, stop]) => stop === value
	)?.[0];
	const named = name ? words.params[parameter.key]?.stops?.[name] : undefined;
	return named ? `${text} (${named})` : text;
}
