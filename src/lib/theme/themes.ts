/**
 * The colour themes a reader can choose, besides following the system's light or dark setting ('auto'):
 * light, dark for a dim room, and projector (white ground, strong contrast, thicker strokes, larger type in
 * the figures). The choice is <html data-theme>, set before the first paint by before-paint.js from
 * ?theme= or the remembered choice; global.css and the figures' styles draw each theme from it.
 */
export const themes = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof themes)[number];

/**
 * Whether a page keeps the reader's choice: not an embedded figure (/{lang}/embed/…), whose frames on one host
 * page share this site's storage, so that one frame's theme would turn the others (before-paint.js, the same).
 */
export const keepsTheme = (path: string) => !/\/[a-z]{2}\/embed\//.test(path);

/** Where the choice is remembered (localStorage): the same key as before-paint.js. */
export const themeStorageKey = 'theme';

/** A theme by its name, or null for anything else (an unknown ?theme= changes nothing). */
export function themeFrom(value: unknown): Theme | null {
	if (typeof value !== 'string') return null;
	const name = value.trim().toLowerCase();
	return (themes as readonly string[]).includes(name) ? (name as Theme) : null;
}
