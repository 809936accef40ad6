import { defineCatalogue } from './catalogue';

/** French is the reference catalogue: every key it has, every other language must have too. */
export type MessageKey = keyof typeof import('./messages/fr.json');
export type Messages = Readonly<Record<MessageKey, string>>;

// A key missing from en.json makes this table fail the type check (svelte-check, part of `npm test`); a key
// only en.json has fails the unit tests.
const site = defineCatalogue<Messages>('messages', {
	fr: () => import('./messages/fr.json'),
	en: () => import('./messages/en.json')
});

/** Fetches the site's words; the root layout's load calls it before anything renders. */
export const loadMessages = site.load;
/** The site's words in a language (loaded first). */
export const messages = site.get;
