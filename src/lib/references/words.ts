import type { Lang } from '$lib/i18n/languages';
import en from './messages/en.json';
import fr from './messages/fr.json';

/**
 * The words of the references page, in both languages: they travel with that page's code (a few hundred bytes),
 * never with the site's catalogue that every page loads. English must have every French key (type check).
 */
export const referencesWords = { fr, en } satisfies Record<Lang, typeof fr>;
