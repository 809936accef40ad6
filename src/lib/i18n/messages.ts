import fr from './messages/fr.json';
import en from './messages/en.json';
import type { Lang } from './languages';

/** French is the reference catalogue: every key it has, every other language must have too. */
export type MessageKey = keyof typeof fr;
export type Messages = Readonly<Record<MessageKey, string>>;

// A key missing from en.json makes this line fail the type check (svelte-check, part of `npm test`).
// A key that only en.json has is caught by tests/unit/messages.test.ts.
export const catalogues: Readonly<Record<Lang, Messages>> = { fr, en };

export function messages(lang: Lang): Messages {
	return catalogues[lang];
}
