import { namesKey, readQuery, writeQuery } from '$lib/address/query';
import { settingEntries, writeSequence, type SequenceItem } from '$lib/address/sequence';

/**
 * The consultation's query: the sequence (`s`), the figure shown (`at`, counted from 1, absent for the
 * first), the `step` it is shown at when given, then what `query` already held (without its own step when
 * `fresh`: a figure opened afresh), then, `opening` a figure, the settings it was added with that the query
 * does not give (the figure reads them as it wakes). `S=` or `AT=` is read as the sequence's own (query.ts):
 * rewritten as `s` and `at`, not kept beside them.
 */
export function sequenceQuery(
	query: string,
	items: readonly SequenceItem[],
	at: number,
	fresh: boolean,
	opening: boolean,
	step: string | null
): string {
	const kept = readQuery(query).filter(
		([key]) => !['s', 'at', ...(fresh ? ['step'] : [])].includes(key.toLowerCase())
	);
	const sequence: [string, string][] = items.length ? [['s', writeSequence(items)]] : [];
	if (at > 0) sequence.push(['at', String(at + 1)]);
	const settings = opening
		? settingEntries(items[at]).filter(([key]) => !kept.some(([k]) => namesKey(k, key)))
		: [];
	const stepShown: [string, string][] = step ? [['step', step]] : [];
	return writeQuery([...sequence, ...stepShown, ...kept, ...settings]);
}
