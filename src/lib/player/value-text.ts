import { format } from '$lib/i18n/format';
import type { NumberFormat } from '$lib/i18n/numbers';
import { takesSingular } from '$lib/i18n/plural';
import type { Parameter, RangeParameter, StopsParameter } from './parameters';
import type { SceneWords } from './scene';

/** A parameter's name as its control labels it ("Temperature:"), or its claim's words for a claim layer. */
export function parameterLabel(parameter: Parameter, words: SceneWords): string {
	const label = words.params[parameter.key]?.label;
	if (label) return label;
	return parameter.kind === 'claim' ? (words.claims[parameter.claim] ?? parameter.key) : parameter.key;
}

/**
 * A number as its control shows it, beside the label and as the slider's aria-valuetext: "44 °C", "3 weeks"
 * (a count's words, ParamWords.count), or a named stop with its name, "5 mL (blood)".
 */
export function valueText(
	parameter: RangeParameter | StopsParameter,
	value: number,
	words: SceneWords,
	n: NumberFormat
): string {
	const shown = parameter.show ? parameter.show(value, n) : n.upTo(value, 2);
	// a count says what it counts, singular or plural by the language's rule: "1 week", « 0 semaine »
	const count = words.params[parameter.key]?.count;
	if (!count) return nameStop(parameter, value, shown, words);
	const { one, other } = count;
	return format(takesSingular(value, n.lang) ? one : other, { n: shown });
}

/** the value shown, with its stop's name when it is a named stop: "5 mL (blood)" */
function nameStop(
	parameter: RangeParameter | StopsParameter,
	value: number,
	text: string,
	words: SceneWords
) {
	const name = Object.entries(parameter.kind === 'stops' ? (parameter.named ?? {}) : {}).find(
		([, stop]) => stop === value
	)?.[0];
	const named = name ? words.params[parameter.key]?.stops?.[name] : undefined;
	return named ? `${text} (${named})` : text;
}
