import type { Lang } from '$lib/i18n/languages';
import en from './messages/en.json';
import fr from './messages/fr.json';

/**
 * The words of the printable sheets, in both languages. The page is prerendered with them, and each island
 * of a sheet is handed its own language's words as a prop (PrintHint.svelte, PrintStamp.svelte,
 * YourAnswers.svelte): in the page's HTML, so that the browser downloads no catalogue, let alone both, for a
 * few lines of a sheet. English must have every French key (type check).
 */
export const handoutWords = { fr, en } satisfies Record<Lang, typeof fr>;

/** The sheets' words in one language. */
export type HandoutWords = typeof fr;
