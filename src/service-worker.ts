/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />

/**
 * Offline after the first visit. At install the worker copies the whole site of its version into one cache
 * named after that version: every prerendered page in both languages (with its scenes' first frames), every
 * script and style, every static file. It then answers the site's own requests from that cache first.
 *
 * Why cache-first, even online: every file of a version belongs with the others (a page names the hashed
 * scripts of its build), so one complete, versioned cache can never serve a page with another build's
 * scripts; and on a clinic's weak Wi-Fi a page opens at once instead of waiting for the network. A new
 * deployment is found by the browser itself, which compares service-worker.js (it holds the version) on
 * every visit; the new worker fills its own cache beside the old one.
 *
 * Why the new worker waits (no skipWaiting of its own): an open tab keeps its own version, and a presentation
 * is never swapped under a clinician's feet. The header says a new version is ready
 * (src/lib/offline/update-notice.ts); only when a reader presses its button does the page ask the
 * waiting worker to take over, and reload itself once it has. Otherwise the new worker activates when the
 * last tab of the site closes. The tabs of the old version still open at a switch are then the new worker's:
 * their figures load their code when they come near the screen, so the old cache is kept, and its hashed
 * files served to them, until every page open at the switch has gone (src/lib/offline/new-version.ts). When
 * no page was open (the last tab closed), every older cache is deleted at once; the next page opened is
 * entirely the new version.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import {
	asksToTakeOver,
	cachesToDrop,
	fromAnOlderBuild,
	otherVersions,
	type Switched
} from '$lib/offline/new-version';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Named after the version; the prefix marks this site's caches apart from any other app on the same host.
const PREFIX = 'glucopuncture-explained-';
const CACHE = `${PREFIX}${version}`;
/** The static host answers every unknown path with this page (adapter-static's fallback, written as a file). */
const NOT_FOUND = `${base}/404.html`;

/** The page SvelteKit lists as "/404" is the file 404.html; fetched as a file it comes with status 200. */
const pageFile = (path: string) => (path === `${base}/404` ? NOT_FOUND : path);
/**
 * What SvelteKit builds for its own client, which no page runs (every page is text with islands,
 * src/lib/islands): its entry points, its per-route modules and its per-page data files. Never requested,
 * so never downloaded at install.
 */
const clientOnly = (path: string) =>
	path.startsWith(`${base}/_app/immutable/entry/`) ||
	path.startsWith(`${base}/_app/immutable/nodes/`) ||
	path.endsWith('/__data.json');
const everything = [
	...new Set(
		[...build, ...files, ...prerendered.map(pageFile), NOT_FOUND].filter((path) => !clientOnly(path))
	)
];
const cached = new Set(everything);
/**
 * Where a worker that took over with pages open writes down the older caches and those pages (Switched), in
 * its own cache: the worker may be stopped between two events. Never a file of the site, never served.
 */
const SWITCHED = `${base}/_service-worker/switched`;

sw.addEventListener('install', (event) => {
	// addAll fails (and the install with it) if any file is missing or answers with an error: a worker
	// only becomes active with the whole site, never half of it.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(everything)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const older = otherVersions(await caches.keys(), PREFIX, CACHE);
			const pages = await openPages();
			// The last tab had closed: no page needs an older version any more.
			if (!pages.length) return drop(older);
			// A reader switched from one of these pages (the others stay as they are): all of an older version.
			const switched: Switched = { caches: older, pages };
			if (older.length)
				await (await caches.open(CACHE)).put(SWITCHED, new Response(JSON.stringify(switched)));
		})()
	);
});

// Only at a reader's request (the header's notice): never by itself, never for any other message.
sw.addEventListener('message', (event) => {
	if (asksToTakeOver(event.data)) event.waitUntil(sw.skipWaiting());
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Nothing of another host is ever stored (there is none), nor anything outside the site's own list.
	if (url.origin !== sw.location.origin) return;
	const path = decodePath(url.pathname);
	// a page opened or left: the older caches go once no page of an older version is left
	if (request.mode === 'navigate') event.waitUntil(dropOlderOnceUnused());
	if (path !== null && cached.has(path)) {
		event.respondWith(fromCache(path, request));
	} else if (request.mode === 'navigate') {
		event.respondWith(navigate(request, path));
	} else if (path !== null && fromAnOlderBuild(path, base)) {
		// a page of an older version, still open after a switch, loading one of its build's scripts
		event.respondWith(fromOlderCache(path, request));
	}
	// anything else (a file no build has) goes to the network as if there were no worker
});

/** Every page (or frame, or worker) of the site that is open, by id, whichever worker controls it. */
const openPages = async () =>
	(await sw.clients.matchAll({ type: 'all', includeUncontrolled: true })).map((client) => client.id);

const drop = (keys: readonly string[]) => Promise.all(keys.map((key) => caches.delete(key)));

/**
 * After a switch, the older versions' caches, once every page open then has gone (never a newer version's,
 * made since: that one's worker is waiting for its turn).
 */
async function dropOlderOnceUnused(): Promise<void> {
	const written = await caches.match(SWITCHED, { cacheName: CACHE });
	if (!written) return;
	const older = cachesToDrop((await written.json()) as Switched, await openPages());
	if (!older.length) return;
	await drop(older);
	await (await caches.open(CACHE)).delete(SWITCHED);
}

/**
 * A file of an older build, from another version's cache that has it, or the network. (A file's hashed name
 * is its content's: any cache that has it has the same file. `cacheName` looks, and never creates a cache.)
 */
async function fromOlderCache(path: string, request: Request): Promise<Response> {
	for (const cacheName of otherVersions(await caches.keys(), PREFIX, CACHE)) {
		const hit = await caches.match(path, { cacheName });
		if (hit) return hit;
	}
	return fetch(request);
}

/** The cached copy, or the network if the cache was cleared behind the worker's back (storage pressure). */
async function fromCache(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(path)) ?? fetch(request);
}

/**
 * A page not in the list: "/fr" or "/fr/index.html" for "/fr/", or a path that does not exist. Online, the
 * host answers as it would without a worker; offline, a folder without its slash, or named by its index.html
 * (a bookmark some tools write so), is sent to the folder, and anything else gets the not-found page, with
 * status 404.
 */
async function navigate(request: Request, path: string | null): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		const url = new URL(request.url);
		const index = path?.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : null;
		if (index !== null && cached.has(index)) {
			url.pathname = url.pathname.slice(0, -'index.html'.length);
			return Response.redirect(url.href, 301);
		}
		if (path !== null && cached.has(`${path}/`)) {
			url.pathname += '/';
			return Response.redirect(url.href, 301);
		}
		const notFound = await (await caches.open(CACHE)).match(NOT_FOUND);
		if (!notFound) return Response.error();
		// a new response: the cached one's headers describe how the host sent it (its encoding), not this body
		return new Response(notFound.body, {
			status: 404,
			statusText: 'Not Found',
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	}
}

/** "/fr/sc%C3%A8nes/" → "/fr/scènes/", as the build's lists write it; a malformed escape matches nothing. */
function decodePath(pathname: string): string | null {
	try {
		return decodeURI(pathname);
	} catch {
		return null;
	}
}
