// The lab's words and numbers in the page's language. Its catalogue sits beside it (messages/*.json) and
// loads only with the lab page.
import { isMissingValueWord } from '$lib/address/missing-value';
import { looksLikeValue, quotedList } from '$lib/address/quotable';
import { quoted, quotedNumber } from '$lib/address/quoted';
import { unknownKeysNote } from '$lib/address/unknown-keys';
import { format } from '$lib/i18n/format';
import { numberFormatIn } from '$lib/i18n/intl-number';
import type { Lang } from '$lib/i18n/languages';
import { NBSP, numberFormat } from '$lib/i18n/numbers';
import { K2P_FIGURE_OPEN_FRACTION } from '$lib/physiology';
import { SETTING_KEYS } from './address';
import en from './messages/en.json';
import fr from './messages/fr.json';
import type { Run } from './lab.svelte';
import { AT_EQUILIBRIUM_mV } from './model';
import {
	CONCENTRATION_KEYS,
	LAB_KEYS,
	LAB_RANGES,
	PERMEABILITY_KEYS,
	PRESETS,
	type LabKey,
	type Note,
	type PresetId
} from './state';

export type LabWords = typeof fr;
export const labCatalogue: Record<Lang, LabWords> = { fr, en };

/** Each value's name in the catalogue ("K⁺ outside", "pNa"), its key written out so that a test finds it. */
const nameKeys = {
	Ko: 'nameKo',
	Ki: 'nameKi',
	Nao: 'nameNao',
	Nai: 'nameNai',
	Clo: 'nameClo',
	Cli: 'nameCli',
	pK: 'namepK',
	pNa: 'namepNa',
	pCl: 'namepCl',
	T: 'nameT'
} as const satisfies Record<LabKey, keyof LabWords>;

export const nameOf = (m: LabWords, key: LabKey) => m[nameKeys[key]];

/**
 * A value's name inside a sentence ('Run 2: temperature from 20 to 40'): the label's own name but for the
 * temperature's, which a label capitalises. The ions' and permeabilities' names are symbols, the same anywhere.
 */
export const nameInText = (m: LabWords, key: LabKey) => (key === 'T' ? m.nameTInText : nameOf(m, key));

/**
 * The recorder chart's title, named by the value on its x axis: 'Potentiel de membrane, K⁺ extérieur en
 * abscisse'. Worded to read with every name (a symbol, "température"), which no "en fonction de" does.
 */
export const chartTitle = (m: LabWords, key: LabKey) => format(m.recorderChart, { name: nameInText(m, key) });

/** A value as the lab shows it: up to 4 significant digits, the language's decimal mark, a true minus. */
export function labNumber(lang: Lang) {
	const intl = numberFormatIn(lang, { maximumSignificantDigits: 4, useGrouping: false });
	const fixed1 = numberFormatIn(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const clean = (text: string) => text.replace('-', '−').replace(/^−0([.,]0)?$/, '0$1');
	// a value too small for four decimals (a permeability of 1e-300 from an address) in powers of ten: written
	// out, it filled the field with 300 zeros; the field reads "1E-300" back as typed
	const tiny = numberFormatIn(lang, { notation: 'scientific', maximumSignificantDigits: 4 });
	const number = (v: number) => {
		if (!Number.isFinite(v)) return '0';
		return v !== 0 && Math.abs(v) < 1e-4 ? tiny.format(v).replace(/^-/, '−') : clean(intl.format(v));
	};
	return {
		number,
		/** with the key's unit: "5 mM", "37 °C", "0,05" */
		value: (key: LabKey, v: number) => {
			const unit = LAB_RANGES[key].unit;
			return unit ? `${number(v)}${NBSP}${unit}` : number(v);
		},
		/** millivolts to a tenth, signed when above zero as a potential's Nernst value is: "−67,2 mV", "+44,6 mV" */
		mV: (v: number) => {
			const text = clean(fixed1.format(Number.isFinite(v) ? v : 0));
			return `${v > 0 && /[1-9]/.test(text) ? '+' : ''}${text}${NBSP}mV`;
		},
		/** a signed difference in millivolts: "+21,9 mV" */
		signedMV: (v: number) => {
			const text = clean(fixed1.format(Math.abs(v) < AT_EQUILIBRIUM_mV ? 0 : v));
			return `${v >= AT_EQUILIBRIUM_mV ? '+' : ''}${text}${NBSP}mV`;
		}
	};
}

/**
 * A note as a sentence naming the value. What the reader typed is quoted back (cut, quoted.ts); what an
 * address gave (Note.address) only when it looks like a value, and three of a repeated key's values at most,
 * the others counted (quotable.ts): a crafted link cannot put its own sentences on the page.
 */
export function noteText(m: LabWords, lang: Lang, note: Note, field?: string): string {
	const n = labNumber(lang);
	if (note.kind === 'no-permeability') return format(m.noteNoPermeability, { used: n.number(note.used) });
	const shown = (text: string) => !note.address || looksLikeValue(text.trim());
	if (note.kind === 'unknown-key')
		return unknownKeysNote(
			note.given.split('\n'),
			SETTING_KEYS,
			{
				one: m.noteUnknownKey,
				unquoted: m.noteUnknownKeyUnquoted,
				several: m.noteUnknownKeys,
				quoted: m.noteQuoted,
				countOne: m.noteUnknownKeysOne,
				countOther: m.noteUnknownKeysOther
			},
			lang
		);
	if (note.kind === 'not-on-off')
		return shown(note.given)
			? format(m.notePumpNotOnOff, { given: quoted(note.given) })
			: m.notePumpNotOnOffUnquoted;
	// the values an address gave for one key, each quoted (given: their texts, one per line)
	const givenList = () => {
		const values = note.given.split('\n');
		if (!note.address)
			return values.map((value) => format(m.noteQuoted, { value: quoted(value) })).join(', ');
		return quotedList(values, lang, { quoted: m.noteQuoted, one: m.noteUnquotedOne, other: m.noteUnquoted });
	};
	if (note.key === 'pump' && note.kind === 'repeated')
		return format(m.notePumpRepeated, { given: givenList() });
	const value = nameOf(m, note.key as LabKey);
	// a field that is one end of something (the recorder's "From") is named with it
	const name = field ? format(m.recorderEndName, { name: value, end: field }) : value;
	const used = n.value(note.key as LabKey, note.used);
	if (note.kind === 'repeated') return format(m.noteRepeated, { name, given: givenList(), used });
	// nothing typed is not "“” is not a number"; nor is "NaN" from broken code worth quoting (missing-value.ts)
	const missing = isMissingValueWord(note.given) || note.given.trim() === '';
	if (note.kind === 'not-a-number' && missing) return format(m.noteNoNumber, { name, used });
	const text = shown(note.given)
		? { 'not-a-number': m.noteNotANumber, 'too-low': m.noteTooLow, 'too-high': m.noteTooHigh }
		: {
				'not-a-number': m.noteNotANumberUnquoted,
				'too-low': m.noteTooLowUnquoted,
				'too-high': m.noteTooHighUnquoted
			};
	return format(text[note.kind], { name, given: quotedNumber(note.given), used });
}

/** What a run held otherwise than `reference` (the first run kept), the swept value aside: 'pNa 0.1'. */
export function runChanges(m: LabWords, lang: Lang, run: Run, reference: Run | undefined): string[] {
	if (!reference || reference === run) return [];
	const n = labNumber(lang);
	return LAB_KEYS.filter((k) => k !== run.sweep.key && run.sweep.base[k] !== reference.sweep.base[k]).map(
		(k) => `${nameInText(m, k)} ${n.value(k, run.sweep.base[k])}`
	);
}

/**
 * Every value a run held, for the exported file, which leaves the page's fields behind: 'Conditions of run 1:
 * K⁺ outside on the x axis, K⁺ inside 140 mM, …; relative permeabilities pK 1, pNa 0.05, pCl 0.45;
 * temperature 37 °C; pump share left out.' The swept value is named as the x axis: its value in the state
 * was not used.
 */
export function runConditions(m: LabWords, lang: Lang, run: Run): string {
	const n = labNumber(lang);
	const { key, base, pump } = run.sweep;
	const value = (k: LabKey) => (k === key ? m.recorderConditionsSwept : n.value(k, base[k]));
	// each as the lab names it, the swept one said to be on the x axis (a ratio with "on the x axis" in it
	// would not read)
	const named = (keys: readonly LabKey[]) => keys.map((k) => `${nameOf(m, k)} ${value(k)}`).join(', ');
	return format(m.recorderConditions, {
		n: run.n,
		concentrations: named(CONCENTRATION_KEYS),
		permeabilities: named(PERMEABILITY_KEYS),
		T: value('T'),
		pump: pump ? m.recorderPumpOn : m.recorderPumpOff
	});
}

/**
 * A recorder run in words: 'Run 2: K⁺ outside from 1 mM to 100 mM, with pNa 0.1 (pump share added)' for the
 * list, naming what it held otherwise than the first run kept, so that runs of the same sweep in different
 * conditions can be told apart; in the drawing ('drawing'), without the swept value's name, which the x axis
 * gives (one chart, one swept value), nor the changes, since a phone's width has no room for more; in the
 * exported file ('file'), the drawing's words and the changes, on a line of their own under the chart.
 */
export function runWords(
	m: LabWords,
	lang: Lang,
	run: Run,
	where: 'list' | 'drawing' | 'file' = 'list',
	reference?: Run
): string {
	const n = labNumber(lang);
	const { key, from, to, pump } = run.sweep;
	const ends = { n: run.n, from: n.value(key, from), to: n.value(key, to) };
	const changes = runChanges(m, lang, run, reference);
	const differs = changes.length ? `, ${format(m.recorderRunDiffers, { changes: changes.join(', ') })}` : '';
	const drawn = format(m.recorderRunInDrawing, ends) + (pump ? ` ${m.recorderPumpInDrawing}` : '');
	if (where === 'drawing') return drawn;
	if (where === 'file') return drawn + differs;
	return (
		format(m.recorderRun, { ...ends, name: nameInText(m, key) }) +
		differs +
		(pump ? ` (${m.recorderPumpOn})` : '')
	);
}

/** The K2P case's share of open channels as the page writes it ('60 %', '60%'): the case's name says it. */
export const k2pShare = (lang: Lang) => numberFormat(lang).percent(K2P_FIGURE_OPEN_FRACTION);

/** A preset's short name, for a legend's line: 'axone de calmar'. */
export function presetInLegend(m: LabWords, lang: Lang, id: PresetId): string {
	if (id.startsWith('hyperkalaemia'))
		return format(m.legendKo, { value: labNumber(lang).value('Ko', PRESETS[id].Ko) });
	const names = {
		neuron: m.legendNeuron,
		squid: m.legendSquid,
		facilitated: m.legendFacilitated,
		'k2p-open': format(m.legendK2pOpen, { share: k2pShare(lang) }),
		'trpv1-open': m.legendTrpv1Open
	} as const;
	return names[id as keyof typeof names];
}

/** Values named in a legend's line: two at most, then how many more ('pNa 0,1, température 20 °C + 3'). */
function heldWords(m: LabWords, lang: Lang, run: Run, keys: readonly LabKey[]): string {
	const n = labNumber(lang);
	const named = keys.slice(0, 2).map((k) => `${nameInText(m, k)} ${n.value(k, run.sweep.base[k])}`);
	return named.join(', ') + (keys.length > 2 ? ` ${format(m.legendMore, { count: keys.length - 2 })}` : '');
}

/**
 * A run's line in the drawing's legend (on the page and in the exported file), among the runs shown. A run
 * recorded from a preset, unchanged, is named by it ('Run 2: squid axon'); a later run by what it held
 * otherwise than the first run shown ('Run 3: pNa 0.1, temperature 20 °C + 1'), the swept value aside. The
 * first run, or one that held the same values, by its ends ('Run 2: 1 mM to 100 mM', runWords) unless every
 * run shares them, when the ends would read the same on every line; then by the values held that tell it apart
 * from the others ('Run 1: K⁺ outside 10 mM'): the one that tells it from most runs first, and so on. The
 * notes under the chart say every value.
 */
export function legendWords(m: LabWords, lang: Lang, run: Run, runs: readonly Run[]): string {
	const n = labNumber(lang);
	const { key, from, to, pump, base } = run.sweep;
	const pumpWords = pump ? ` ${m.recorderPumpInDrawing}` : '';
	if (run.preset)
		return format(m.recorderRunHeldInDrawing, { n: run.n, held: presetInLegend(m, lang, run.preset) });
	const same = (k: LabKey, a: number, b: number) => n.value(k, a) === n.value(k, b);
	const differs = (r: Run, k: LabKey) => !same(k, r.sweep.base[k], base[k]);
	const first = runs[0];
	const fromFirst = first && first !== run ? LAB_KEYS.filter((k) => k !== key && differs(first, k)) : [];
	if (fromFirst.length)
		return (
			format(m.recorderRunHeldInDrawing, { n: run.n, held: heldWords(m, lang, run, fromFirst) }) + pumpWords
		);
	const shareEnds = runs.every(
		(r) => r.sweep.key === key && same(key, r.sweep.from, from) && same(key, r.sweep.to, to)
	);
	const telling: LabKey[] = [];
	let left = shareEnds ? runs.filter((r) => r !== run) : [];
	while (left.length) {
		const count = (k: LabKey) => left.filter((r) => differs(r, k)).length;
		const best = LAB_KEYS.filter((k) => k !== key && count(k) > 0).sort((a, b) => count(b) - count(a))[0];
		if (!best) break; // the rest held the same values (perhaps all but the pump's share, said anyway)
		telling.push(best);
		left = left.filter((r) => !differs(r, best));
	}
	if (!telling.length) return runWords(m, lang, run, 'drawing');
	return format(m.recorderRunHeldInDrawing, { n: run.n, held: heldWords(m, lang, run, telling) }) + pumpWords;
}
