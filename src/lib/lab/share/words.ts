// The words of the lab's Share dialog and of the notes on a shared link's runs: a catalogue of their own
// (messages/*.json), loaded with the dialog or with a link that carries runs, never with the lab's page. Only
// the Share button's own word, and what it says when this cannot load, are in the lab's catalogue. Loaded
// later: the lab's modules are handed in (kit.ts).
import { defineCatalogue } from '$lib/i18n/catalogue';
import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { takesSingular } from '$lib/i18n/plural';
import { listOf } from '$lib/text/list';
import type { LabWords } from '../words';
import type { LabKit } from './kit';
import type { ReadRuns } from './run-link';

export type ShareLabWords = Readonly<Record<keyof typeof import('./messages/fr.json'), string>>;

export const { load: loadShareLabWords, get: shareLabWords } = defineCatalogue<ShareLabWords>(
	'lab share messages',
	{
		fr: () => import('./messages/fr.json'),
		en: () => import('./messages/en.json')
	}
);

/** One sentence or the other by the count's plural in the language, filled with `values`. */
const counted = (lang: Lang, count: number, one: string, other: string, values: Record<string, unknown>) =>
	format(takesSingular(count, lang) ? one : other, { count, ...values });

/**
 * What a link's runs could not be shown as they were, one sentence each: how many were left out and why,
 * and which runs kept had values brought within the lab's ranges. Counts and run numbers only: a link's own
 * text is never quoted back (a crafted link cannot put its sentences on the page, as the lab's address notes).
 */
export function runsNotes(w: ShareLabWords, m: LabWords, lang: Lang, read: ReadRuns, kit: LabKit): string[] {
	const notes: string[] = [];
	if (read.unknownVersion) notes.push(w.runsUnknownVersion);
	if (read.missing) notes.push(counted(lang, read.missing, w.runsMissingOne, w.runsMissing, {}));
	if (read.unreadable) notes.push(counted(lang, read.unreadable, w.runsUnreadableOne, w.runsUnreadable, {}));
	if (read.otherValue && read.swept)
		notes.push(
			counted(lang, read.otherValue, w.runsOtherValueOne, w.runsOtherValue, {
				name: kit.nameInText(m, read.swept)
			})
		);
	if (read.tooMany)
		notes.push(
			counted(lang, read.tooMany, w.runsTooManyOne, w.runsTooMany, {
				total: read.runs.length + read.tooMany
			})
		);
	if (read.moved.length)
		notes.push(
			counted(lang, read.moved.length, w.runsMovedOne, w.runsMoved, {
				list: listOf(read.moved.map(String), lang)
			})
		);
	return notes;
}
