// The runs the recorder opens with: those a shared link carries (`runs=`, share/run-link.ts), else those
// kept in this tab through a reload (kept-runs.ts). A link's runs are read by code loaded only then
// (share/lab-share.ts), and then kept in the tab like any run; the address no longer carries them, so that a
// reload does not undo runs recorded since, and the lab's own address stays its case alone (address.ts).
import { replaceQuery } from '$lib/address/here.svelte';
import type { Lang } from '$lib/i18n/languages';
import { readLabAddress, withoutRuns } from './address';
import { keptRuns } from './kept-runs';
import type { Run } from './lab.svelte';
import { labKit } from './share/kit';
import type { LabWords } from './words';

/** The runs a link replaced in this tab, kept on the page to be brought back, and the button's words. */
export interface ReplacedRuns {
	runs: readonly Run[];
	bringBack: string;
}

/**
 * Hands the opening runs to `takeUp` (`over`: they replace any the lab holds, a link's being asked for), at
 * once for the tab's, once read for a link's, with `notes` on what the link's could not give (share/words.ts).
 * A link's runs that replace those the student recorded in this tab say so, and `said` is handed those runs
 * too: the tab keeps one set of runs, and a classmate's link must not take the student's without a word and a
 * way back (student review 59, D1).
 */
export function openRuns(
	lang: Lang,
	m: LabWords,
	takeUp: (runs: readonly Run[], over: boolean) => void,
	said: (notes: string[], replaced?: ReplacedRuns) => void
) {
	const kept = () => keptRuns(location.pathname);
	// read as the lab reads its case (MembraneLab): the runs are given against it
	const { runs: linked, state } = readLabAddress(location.search, lang);
	if (linked === null) return takeUp(kept(), false);
	import('./share/lab-share')
		.then(({ sharedRuns }) => sharedRuns(linked, state, lang, m, labKit))
		.then(({ runs, notes, replacing }) => {
			// none of them readable: the tab's own runs stay
			const own = kept();
			takeUp(runs.length ? runs : own, runs.length > 0);
			if (!runs.length || !own.length) said(notes);
			else {
				const { note, bringBack } = replacing(own.length);
				said([...notes, note], { runs: own, bringBack });
			}
			replaceQuery(withoutRuns(location.search));
		})
		// the code could not be loaded (offline before the site was kept): the link's runs stay in the address
		.catch(() => takeUp(kept(), false));
}
