import type { SequenceUnread } from '$lib/address/sequence';
import { MAX_SEQUENCE } from '$lib/address/sequence-size';
import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { listOf } from '$lib/text/list';
import type { ConsultationMessages } from './messages.server';
import type { SceneChoice } from './types';

/**
 * What the consultation says of a link it could not read in full, naming each part it left out or replaced
 * (`shown`: the figure opened, counted from 1; a step by its name among `scenes`, else by its id), so that a
 * clinician can tell what to mend in the link they were sent. Null when everything was read.
 */
export function unreadNote(
	unread: readonly SequenceUnread[],
	w: ConsultationMessages,
	lang: Lang,
	shown: number,
	scenes: readonly SceneChoice[] = []
): string | null {
	if (!unread.length) return null;
	const stepName = (scene: string, step: string) =>
		scenes.find((choice) => choice.id === scene)?.steps.find((own) => own.id === step)?.name ?? step;
	// the figures the site does not have are named once, together, where the first of them stood
	const figures = [...new Set(unread.flatMap((part) => (part.kind === 'figure' ? [part.text] : [])))];
	const firstFigure = unread.findIndex((part) => part.kind === 'figure');
	const parts = unread.flatMap((part, index) => {
		switch (part.kind) {
			case 'figure':
				if (index !== firstFigure) return [];
				return figures.length === 1
					? format(w.consultUnreadFigure, { text: part.text })
					: format(w.consultUnreadFigures, {
							texts: listOf(
								figures.map((text) => format(w.consultQuoted, { text })),
								lang
							)
						});
			case 'step':
				return format(w.consultUnreadStep, { text: part.text });
			case 'steps':
				return format(w.consultUnreadSteps, { text: part.text, step: stepName(part.scene, part.step) });
			case 'setting':
				return format(w.consultUnreadSetting, { text: part.text });
			case 'value':
				return format(w.consultUnreadValue, { text: part.text });
			case 'at':
				return format(w.consultUnreadAt, { text: part.text, shown });
			case 'beyond':
				return format(w.consultUnreadBeyond, { max: MAX_SEQUENCE, count: part.count });
			default:
				return w.consultUnreadSecondList;
		}
	});
	return format(w.consultLinkMended, { parts: listOf(parts, lang) });
}
