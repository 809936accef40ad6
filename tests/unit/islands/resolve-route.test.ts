import { describe, expect, it } from 'vitest';
import { resolveRoute } from '$lib/i18n/resolve-route';

// What '$app/paths' resolve() gives for the site's routes, without SvelteKit's client (the site is built
// at the domain's root in the tests: base '').
describe('resolveRoute: a route id filled with its parameters', () => {
	it.each([
		['/[lang=lang]', { lang: 'fr' }, '/fr'],
		['/[lang=lang]/[page=page]', { lang: 'en', page: 'hydrotomy' }, '/en/hydrotomy'],
		['/[lang=lang]/scenes/[scene=scene]', { lang: 'fr', scene: 'k2p' }, '/fr/scenes/k2p'],
		['/[lang=lang]/embed/[scene=scene]', { lang: 'en', scene: 'trpv1' }, '/en/embed/trpv1'],
		['/[lang=lang]/references', { lang: 'en' }, '/en/references'],
		['/', {}, '/'],
		['/(group)/[lang]/x', { lang: 'fr' }, '/fr/x'],
		['/[lang]/[[optional]]', { lang: 'fr' }, '/fr'],
		['/[lang]/[[optional]]', { lang: 'fr', optional: 'yes' }, '/fr/yes'],
		['/docs/[...rest]', { rest: 'a/b' }, '/docs/a/b']
	])('%s with %o → %s', (routeId, params, path) => {
		expect(resolveRoute(routeId, params)).toBe(path);
	});

	it('names the missing parameter of a required segment', () => {
		expect(() => resolveRoute('/[lang=lang]/scenes/[scene=scene]', { lang: 'fr' })).toThrow(/"scene"/);
	});
});
