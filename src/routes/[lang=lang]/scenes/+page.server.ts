import { evidenceLevels } from '$lib/evidence/levels';
import { languages } from '$lib/i18n/languages';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

/**
 * The index of the figures, in teaching order: each one's title, what it shows in a line, and the evidence
 * levels of the claims it draws. Its first frame is written into the page at build time (frames.server.ts).
 */
export const load: PageServerLoad = ({ params }) => ({
	scenes: sceneIds.map((id) => {
		const words = wordsOf(id, params.lang);
		const levels = sceneOf(id).claims.map((claim) => claim.level);
		return {
			id,
			title: words.title,
			summary: words.summary,
			// each level once, surest first: a figure draws claims of several levels, which the label says
			levels: evidenceLevels.filter((level) => levels.includes(level))
		};
	})
});
