import { firstValue, readQuery } from '$lib/address/query';
import { positionFromText, type SequenceItem } from '$lib/address/sequence';
import type { Lang } from '$lib/i18n/languages';
import type { PlayerMessages } from '$lib/player/messages';
import { shareWords, type Shared } from '$lib/share/words';
import { sequenceAddress } from './sequence-share';
import { withShownSettings } from './shown-settings';

/**
 * The sequence in the page's address, as the page wrote it there (writeSequence: `scene[:step][:key=value]…`),
 * from a list it had read and checked: read back as written. Not parseSequence, whose check needs every
 * figure's steps (scene-steps.ts), a module of the page's first script: imported from here as well, it would be
 * cut out of that script into a file of its own, which weighs on every consultation's first load.
 */
function pageSequence(query: [string, string][]): SequenceItem[] {
	return (firstValue(query, 's') ?? '')
		.split(',')
		.filter(Boolean)
		.map((part) => {
			const [scene = '', ...rest] = part.split(':');
			const settings = rest.filter((text) => text.includes('='));
			const step = rest.find((text) => !text.includes('=')) ?? null;
			return settings.length
				? { scene, step, params: Object.fromEntries(settings.map((text) => text.split('='))) }
				: { scene, step };
		});
}

/**
 * What a figure's Share gives while its consultation is presented (a lecture hall, the clinician's screen):
 * the whole sequence first, at the address the page's "Share this sequence" gives, and the figure alone as the
 * dialog's second choice. The sequence is the one in the page's address (`s`, which the page writes from its
 * list), the figure presented with the settings it shows (`settings`), changed since or not. Loaded when
 * Share is pressed, with the dialog.
 */
export async function presentedShare(
	lang: Lang,
	m: PlayerMessages,
	figure: Shared,
	settings: Readonly<Record<string, string>>
): Promise<Shared> {
	const query = readQuery(location.search);
	const listed = pageSequence(query);
	if (!listed.length) return figure;
	// the figure presented: the page's `at`, read as the page reads it
	const items = withShownSettings(listed, positionFromText(firstValue(query, 'at'), listed.length), settings);
	const words = shareWords(m, {
		title: m.presentShareTitle,
		intro: m.presentShareIntro,
		field: m.sequenceShareLink,
		qr: m.sequenceShareQr
	});
	return {
		words: { ...words, other: m.presentShareFigure },
		address: await sequenceAddress(items, lang),
		also: { ...figure, words: { ...figure.words, other: m.presentShareSequence } }
	};
}
