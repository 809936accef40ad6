declare const __BASE_PATH__: string;

/**
 * The site's base path: '' at the root of a domain, '/explainer' when built with BASE_PATH=/explainer
 * (svelte.config.js). Fixed at build time, so code that runs outside SvelteKit's client (the islands,
 * src/lib/islands) builds the same links as the prerendered pages.
 */
export const base: string = __BASE_PATH__;

type RouteParams = Partial<Record<string, string>>;

// [lang=lang], [scene], [[optional]], [...rest]
const dynamicSegment = /^\[{1,2}(?:\.\.\.)?([\w-]+)(?:=[\w-]+)?\]{1,2}$/;

/**
 * A SvelteKit route id filled with its parameters, base path first:
 * resolveRoute('/[lang=lang]/scenes/[scene=scene]', { lang: 'fr', scene: 'k2p' }) → '/fr/scenes/k2p'.
 * What `resolve` from '$app/paths' does, without SvelteKit's client, which an island page does not load.
 * Route groups "(name)" are not part of the address; an optional parameter left out drops its segment.
 */
export function resolveRoute(routeId: string, params: RouteParams): string {
	const segments = routeId.split('/').flatMap((segment) => {
		if (/^\(.+\)$/.test(segment)) return [];
		const dynamic = dynamicSegment.exec(segment);
		if (!dynamic) return [segment];
		const value = params[dynamic[1]!];
		if (value === undefined) {
			if (segment.startsWith('[[')) return [];
			throw new Error(`Missing parameter "${dynamic[1]}" for the route ${routeId}`);
		}
		return [value];
	});
	const path = segments.join('/') || '/';
	return base + (path.startsWith('/') ? path : `/${path}`);
}
