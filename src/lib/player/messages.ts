import { defineCatalogue } from '$lib/i18n/catalogue';

/**
 * The player's words (Play, Pause, the keys…): loaded with a scene when it wakes, not with the page, so a
 * page carries none of them before (the prerendered still frame had them at build time).
 */
export type PlayerMessages = Readonly<Record<keyof typeof import('./messages/fr.json'), string>>;

export const { load: loadPlayerMessages, get: playerMessages } = defineCatalogue<PlayerMessages>(
	'player messages',
	{
		fr: () => import('./messages/fr.json'),
		en: () => import('./messages/en.json')
	}
);
