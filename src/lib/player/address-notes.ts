import type { AddressNote } from '$lib/address/figure-state';
import { isMissingValueWord } from '$lib/address/missing-value';
import { numberFromText } from '$lib/address/number-text';
import { looksLikeValue, quotedList, quotedValue } from '$lib/address/quotable';
import { quotedNumber } from '$lib/address/quoted';
import { unknownKeysNote } from '$lib/address/unknown-keys';
import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { takesSingular } from '$lib/i18n/plural';
import type { NumberFormat } from '$lib/i18n/numbers';
import type { PlayerMessages } from './messages';
import { isParameter, type Control } from './parameters';
import type { SceneWords } from './scene';
import { parameterLabel, valueText } from './value-text';

/** A label without its closing colon ("Temperature:" → "Temperature"), to stand inside a sentence. */
const bare = (label: string) => label.replace(/[\s\u00a0\u202f]*:\s*$/, '');

/**
 * What a figure says of a part of its address it could not use as written (figure-state.ts): the step or the
 * setting asked for, by the name its control shows, and what the figure shows instead: for a step, the
 * name of the step it opens at (`opensAt`) when that is not its first.
 */
export function addressNoteText(
	note: AddressNote,
	controls: readonly Control[],
	words: SceneWords,
	m: PlayerMessages,
	n: NumberFormat,
	opensAt: string | null = null
): string {
	// "NaN", "undefined"…: what broken code wrote, not worth quoting back (missing-value.ts)
	const missing = note.kind !== 'repeated' && note.kind !== 'no-number' && isMissingValueWord(note.given);
	if (note.kind === 'unknown-step') {
		// where the figure opens instead: its first step, or the one its page chose (a consultation's start)
		const opens = opensAt === null ? m.addressOpensFirst : format(m.addressOpensAt, { step: opensAt });
		// a sentence, not a value, is not repeated on the page (quotable.ts): a crafted link's words stay out
		const given = quotedValue(note.given.trim());
		if (missing || given === null) return format(m.addressNoteStepUnreadable, { opens });
		// "?step=2": the figure has a second step, but links name steps, so that reordering them cannot
		// silently send an old link to another one (figure-state.ts); "which it does not have" would be untrue
		const byNumber = /^\s*\d+\s*$/.test(note.given);
		return format(byNumber ? m.addressNoteStepNumber : m.addressNoteStep, { given, opens });
	}
	const parameter = controls.filter(isParameter).find((control) => control.key === note.key);
	const name = parameter ? bare(parameterLabel(parameter, words)) : note.key;
	// a key given twice: the values that look like values quoted (three at most), the others counted, as the
	// lab's address says it (lab/words.ts)
	if (note.kind === 'repeated') {
		const used = quotedValue(note.used);
		return format(used === null ? m.addressNoteRepeatedUnquoted : m.addressNoteRepeated, {
			name: note.key === 'step' ? m.addressNoteStepName : name,
			given: quotedList(note.given, n.lang, {
				quoted: m.addressNoteQuoted,
				one: m.addressNoteUnquotedOne,
				other: m.addressNoteUnquoted
			}),
			used: used ?? ''
		});
	}
	if (note.kind === 'not-a-value') {
		const given = quotedValue(note.given);
		return format(missing || given === null ? m.addressNoteNoValue : m.addressNoteNotAValue, {
			name,
			given: given ?? ''
		});
	}
	const used =
		parameter && (parameter.kind === 'range' || parameter.kind === 'stops')
			? valueText(parameter, note.used, words, n)
			: n.upTo(note.used, 2);
	// `?openFraction=`: said as the lab says an empty value, with the value kept
	if (note.kind === 'no-number') return format(m.addressNoteNoNumber, { name, used });
	const quotable = looksLikeValue(note.given.trim());
	if (!quotable && (note.kind === 'too-low' || note.kind === 'too-high'))
		return format(note.kind === 'too-low' ? m.addressNoteTooLowUnquoted : m.addressNoteTooHighUnquoted, {
			name,
			given: '',
			used
		});
	// a number read from the link, but not as a value is written ("62 %" with its space): given as this page
	// writes that number, never as the link wrote it
	// with its unit when the control has one to give ("2,5 mL" for "2.5"): a bare "2.5" on a French page
	// read as raw code (pharm review D6)
	const asked = numberFromText(note.given);
	const echo = parameter && 'echo' in parameter ? parameter.echo : undefined;
	const given =
		echo && Number.isFinite(asked) && Math.abs(asked) < 1e9
			? echo(asked, n)
			: quotable
				? quotedNumber(note.given.trim())
				: n.upTo(asked, 4);
	// 60 for a fraction shown as 60 %: how a link writes it, in this language's numbers ("0,6 pour 60 %")
	if (note.kind === 'fraction') {
		const fraction = numberFromText(note.given) / 100;
		return format(m.addressNoteFraction, {
			name,
			given,
			fraction: n.upTo(fraction, 4),
			percent: n.percent(fraction, 2),
			used
		});
	}
	const text = {
		'too-low': m.addressNoteTooLow,
		'too-high': m.addressNoteTooHigh,
		nearest: m.addressNoteNearest
	};
	return format(text[note.kind], { name, given, used });
}

/**
 * What a story's figure says of the settings a link gave it (`?k2p.openFraction=0.9`): in an article it takes only
 * its step, as its text sets it, and keeps its usual settings; the figure's own page takes them. Each setting is
 * named as its control names it.
 */
export function storySettingsNoteText(
	keys: readonly string[],
	controls: readonly Control[],
	words: SceneWords,
	m: PlayerMessages
): string {
	const parameters = controls.filter(isParameter);
	const names = keys.map((key) => {
		const parameter = parameters.find((control) => control.key === key);
		return parameter ? bare(parameterLabel(parameter, words)) : key;
	});
	return format(m.addressNoteStorySettings, { names: names.join(', ') });
}

/**
 * What a figure on the patient's page says of the parts of its address it could not show as written, instead
 * of the clinician's notes above: how many, and that it keeps its usual setting or takes the nearest one,
 * quoting nothing of the link (the patient did not write it and cannot mend it, and a crafted link must not
 * put its own words on the page: consultation/unread-note.ts). A key given more than once counts each value
 * left out. Null when there is nothing to say.
 */
export function patientAddressNoteText(
	notes: readonly AddressNote[],
	m: PlayerMessages,
	lang: Lang
): string | null {
	const count = notes.reduce((sum, note) => sum + (note.kind === 'repeated' ? note.given.length - 1 : 1), 0);
	if (count === 0) return null;
	return format(takesSingular(count, lang) ? m.addressPatientNoteOne : m.addressPatientNote, { count });
}

/** What a figure says of keys in its address that are none of its own (address/unknown-keys.ts). */
export function unknownKeysNoteText(
	names: readonly string[],
	controls: readonly Control[],
	m: PlayerMessages,
	lang: Lang
): string {
	const keys = ['step', ...controls.filter(isParameter).map((control) => control.key)];
	return unknownKeysNote(
		names,
		keys,
		{
			one: m.addressNoteUnknownKey,
			unquoted: m.addressNoteUnknownKeyUnquoted,
			several: m.addressNoteUnknownKeys,
			quoted: m.addressNoteQuoted,
			countOne: m.addressNoteUnknownKeysOne,
			countOther: m.addressNoteUnknownKeysOther
		},
		lang
	);
}
