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
 * Why the new worker waits (no skipWaiting, no reload): an open tab keeps its own version until every tab of
 * the site is closed. Its figures load their code when they come near the screen; if the old cache were
 * deleted under it, those imports would fail, and reloading it for it would throw a clinician out of full
 * screen in front of a patient. When the last tab closes, the new worker activates and deletes every older
 * cache; the next page opened is entirely the new version.
 */
import { base, build, files, prerendered, version } from '$service-worker';

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

sw.addEventListener('install', (event) => {
	// addAll fails (and the install with it) if any file is missing or answers with an error: a worker
	// only becomes active with the whole site, never half of it.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(everything)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))
				)
			)
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Nothing of another host is ever stored (there is none), nor anything outside the site's own list.
	if (url.origin !== sw.location.origin) return;
	const path = decodePath(url.pathname);
	if (path !== null && cached.has(path)) {
		event.respondWith(fromCache(path, request));
	} else if (request.mode === 'navigate') {
		event.respondWith(navigate(request, path));
	}
	// anything else (a file this build does not have) goes to the network as if there were no worker
});

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
