/**
 * How a new version of the site takes over from the one in use (src/service-worker.ts), as plain functions
 * the worker calls and the unit tests check.
 *
 * A new version's worker installs (its own complete cache) and waits: an open page is never swapped under a
 * clinician's feet. It takes over early only when a reader asks, from the notice in the header
 * (src/lib/offline/update-notice.ts): that page sends the waiting worker this one message, and reloads
 * once the new worker controls it.
 *
 * The other open tabs of the old version are controlled by the new worker from that moment. They keep
 * working: every file of their build that the new one does not have (its hashed scripts, which a figure
 * loads when it comes near the screen) is answered from the old version's cache, which is kept while any
 * page open at the switch is still open, and deleted at the first page opened after they have all gone.
 */

/** The one message a page sends the waiting worker: the reader asked for the new version now. */
export const TAKE_OVER = 'take-over';

/** Whether a message a page sent the worker is the reader's request to switch to the new version. */
export const asksToTakeOver = (data: unknown): boolean => data === TAKE_OVER;

/** The site's caches of other versions than `current` (each named `prefix` + its version). */
export const otherVersions = (keys: readonly string[], prefix: string, current: string): string[] =>
	keys.filter((key) => key.startsWith(prefix) && key !== current);

/**
 * What a worker that took over writes down at its activation: the caches then there, all of older versions
 * (a newer version's, made later, is never among them), and the pages then open, all of an older version.
 */
export interface Switched {
	caches: string[];
	pages: string[];
}

/**
 * The caches to delete now: the older ones written down at the switch, once no page open then is open still
 * (pages opened since are of the new version). None while one is.
 */
export const cachesToDrop = (switched: Switched, openNow: readonly string[]): string[] =>
	switched.pages.some((id) => openNow.includes(id)) ? [] : switched.caches;

/**
 * Whether a request for `path`, which this version does not have, may be answered from an older version's
 * cache: only the build's hashed files (`/_app/immutable/…`), which are named after their content, so that a
 * name means one file in every version. A page or a file with a plain name is this version's or the network's.
 */
export const fromAnOlderBuild = (path: string, base: string): boolean =>
	path.startsWith(`${base}/_app/immutable/`);
