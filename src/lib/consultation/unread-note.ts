import { MAX_QUOTES } from '$lib/address/quotable';
import type { readConsultation, SequenceUnread } from '$lib/address/sequence';
import { quotedUnread } from '$lib/address/sequence-quotes';
import { MAX_SEQUENCE } from '$lib/address/sequence-size';
import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { takesSingular } from '$lib/i18n/plural';
import { listOf } from '$lib/text/list';
import type { ConsultationMessages } from './messages.server';
import type { SceneChoice } from './types';

/** A count in its sentence: the singular's or the plural's, by the language's rule. */
const counted = (count: number, lang: Lang, one: string, other: string) =>
	format(takesSingular(count, lang) ? one : other, { count });

/**
 * What the consultation says of a link it could not read in full (`opened`, as readConsultation read it),
 * naming each part it left out or replaced (the figure opened counted from 1; a step by its name among
 * `scenes`, else by its id), so that a clinician can tell what to mend in the link they were sent; on the
 * patient's page (`patient`), the patient's note instead (patientUnreadNote). A part is quoted only when it
 * looks like a value (quotable.ts), else named by its kind; at most MAX_QUOTES parts are named, the rest
 * counted. Null when everything was read.
 */
export function unreadNote(
	{ unread: given, at, items }: Pick<ReturnType<typeof readConsultation>, 'unread' | 'at' | 'items'>,
	w: ConsultationMessages,
	lang: Lang,
	scenes: readonly SceneChoice[] = [],
	patient = false
): string | null {
	if (patient) return patientUnreadNote(given, w, lang, items.length);
	if (!given.length) return null;
	const unread = given.map(quotedUnread);
	const shown = at + 1;
	const stepName = (scene: string, step: string) =>
		scenes.find((choice) => choice.id === scene)?.steps.find((own) => own.id === step)?.name ?? step;
	let room = MAX_QUOTES;
	let more = 0;
	// a part named while there is room, else counted (`parts`: how many parts of the link it stands for)
	const named = (fragment: string, parts = 1): string[] => {
		if (room === 0) {
			more += parts;
			return [];
		}
		room -= 1;
		return [fragment];
	};
	// the figures the site does not have are named once, together, where the first of them stood
	const figures = unread.flatMap((part) => (part.kind === 'figure' ? [part.text] : []));
	const quotedFigures = [...new Set(figures.filter((text) => text !== null))];
	const unquoted = figures.filter((text) => text === null).length;
	const firstFigure = unread.findIndex((part) => part.kind === 'figure');
	const figureParts = () => {
		const quotes = quotedFigures.slice(0, room);
		room -= quotes.length;
		more += quotedFigures.length - quotes.length;
		const listed = !quotes.length
			? []
			: quotes.length === 1
				? [format(w.consultUnreadFigure, { text: quotes[0]! })]
				: [
						format(w.consultUnreadFigures, {
							texts: listOf(
								quotes.map((text) => format(w.consultQuoted, { text })),
								lang
							)
						})
					];
		const unnamed = unquoted
			? named(
					counted(unquoted, lang, w.consultUnreadFigureUnquotedOne, w.consultUnreadFigureUnquoted),
					unquoted
				)
			: [];
		return [...listed, ...unnamed];
	};
	// a part in the words that quote it, or, when it is not quoted, in those that name it by its kind
	const said = (text: string | null, quotedWords: string, unquotedWords: string, more = {}) =>
		format(text ? quotedWords : unquotedWords, { ...more, text: text ?? '' });
	const parts = unread.flatMap((part, index) => {
		switch (part.kind) {
			case 'figure':
				return index === firstFigure ? figureParts() : [];
			case 'step':
				return named(said(part.text, w.consultUnreadStep, w.consultUnreadStepUnquoted));
			case 'steps': {
				const step = stepName(part.scene, part.step);
				return named(said(part.text, w.consultUnreadSteps, w.consultUnreadStepsUnquoted, { step }));
			}
			case 'setting':
				return named(said(part.text, w.consultUnreadSetting, w.consultUnreadSettingUnquoted));
			case 'value':
				return named(said(part.text, w.consultUnreadValue, w.consultUnreadValueUnquoted));
			case 'repeat':
				return named(said(part.text, w.consultUnreadRepeat, w.consultUnreadRepeatUnquoted));
			case 'at':
				return named(said(part.text, w.consultUnreadAt, w.consultUnreadAtUnquoted, { shown }));
			case 'beyond':
				return format(takesSingular(part.count, lang) ? w.consultUnreadBeyondOne : w.consultUnreadBeyond, {
					max: MAX_SEQUENCE,
					count: part.count
				});
			default:
				return w.consultUnreadSecondList;
		}
	});
	if (more) parts.push(counted(more, lang, w.consultUnreadMoreOne, w.consultUnreadMore));
	return format(w.consultLinkMended, { parts: listOf(parts, lang) });
}

/**
 * What the patient's page says of a link it could not read in full: that part of it could not be read, how
 * many parts, and the figures it shows instead, quoting nothing of the link: the patient did not write it and
 * cannot mend it, and a crafted link must not put its own words on the page.
 */
export function patientUnreadNote(
	unread: readonly SequenceUnread[],
	w: ConsultationMessages,
	lang: Lang,
	figures: number
): string | null {
	if (!unread.length) return null;
	const parts = unread.reduce((sum, part) => sum + (part.kind === 'beyond' ? part.count : 1), 0);
	return [
		counted(parts, lang, w.consultPatientLinkMendedOne, w.consultPatientLinkMended),
		counted(figures, lang, w.consultPatientShowsOne, w.consultPatientShows)
	].join(' ');
}
