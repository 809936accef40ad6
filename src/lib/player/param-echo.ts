import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import type { PlayerMessages } from './messages';

/**
 * What a screen reader hears when a setting changes: where it changes the step shown, the caption says the
 * new sentence itself, and this says nothing; where it does not, the reader would hear nothing and could not
 * tell a change taken from one lost, so one short line says at which steps the change shows (or that no
 * step's sentence changes). `before` and `after` are every step's sentence, in step order.
 */
export function paramEcho(
	before: readonly { description: string }[],
	after: readonly { description: string }[],
	index: number,
	stepNames: readonly string[],
	m: PlayerMessages,
	lang: Lang
): string {
	const changed = (i: number) => before[i]?.description !== after[i]?.description;
	if (changed(index)) return '';
	const shows = stepNames.filter((_, i) => changed(i)).map((name) => format(m.paramStepName, { name }));
	if (!shows.length) return m.paramShowsNowhere;
	const steps = new Intl.ListFormat(lang, { type: 'conjunction' }).format(shows);
	return format(shows.length === 1 ? m.paramShowsAtStep : m.paramShowsAtSteps, { steps });
}
