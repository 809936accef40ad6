import { defineCatalogue } from './catalogue';

/** French is the reference catalogue: every key it has, every other language must have too. */
export type MessageKey = keyof typeof import('./messages/fr.json');
export type Messages = Readonly<Record<MessageKey, string>>;

/**
 * `loadMessages` fetches the site's words (the root layout's load calls it before anything renders),
 * `messages(lang)` reads them. A key missing from en.json fails the type check (svelte-check, part of
 * `npm test`); a key only en.json has fails the unit tests.
 */
export const { load: loadMessages, get: messages } = defineCatalogue<Messages>('messages', {
	fr: () => import('./messages/fr.json'),
	en: () => import('./messages/en.json')
});
