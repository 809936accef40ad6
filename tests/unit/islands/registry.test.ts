import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { islands, startsWhenNear } from '$lib/islands/registry';
import { DOSE_STORAGE_KEY } from '$lib/dose/kept-dose';

// The server renders an island with the component its page names; the browser hydrates it with the one the
// registry loads under the island's name. Were they different, the browser would throw the prerendered
// HTML away (a hydration mismatch) or hydrate the wrong part.

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
const svelteFiles = files('src').filter((file) => file.endsWith('.svelte'));
const registrySource = readFileSync('src/lib/islands/registry.ts', 'utf8');

/** A component's file, from an import in `file`: relative, or from $lib. */
const resolveImport = (file: string, path: string) =>
	normalize(path.startsWith('$lib/') ? path.replace('$lib/', 'src/lib/') : join(dirname(file), path));

/** Every <Island name="…" component={X}> in the site, with the file X is imported from. */
const uses = svelteFiles.flatMap((file) => {
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/<Island\s+name="([\w-]+)"\s+component=\{(\w+)\}/g)].map((use) => {
		const from = new RegExp(`import ${use[2]} from '([^']+)'`).exec(source)?.[1];
		return { file, name: use[1]!, from: from && resolveImport(file, from) };
	});
});

describe('islands: the registry and the pages that use them', () => {
	it('finds the islands in the pages', () => {
		expect(uses.map((use) => use.name).sort()).toEqual(
			expect.arrayContaining(['badge', 'embed-page', 'header', 'scene', 'scene-page', 'term'])
		);
	});

	it.each(uses)('$file: the island "$name" is the component the registry loads', ({ name, from }) => {
		expect(Object.keys(islands)).toContain(name);
		const loaded = new RegExp(`'?${name}'?: \\(\\) => import\\('([^']+)'\\)`).exec(registrySource)?.[1];
		expect(loaded && resolveImport('src/lib/islands/registry.ts', loaded)).toBe(from);
	});

	it('every island in the registry is used by a page', () => {
		expect(new Set(uses.map((use) => use.name))).toEqual(new Set(Object.keys(islands)));
	});

	it('no page sends SvelteKit client: csr = false at the root, and no route turns it back on', () => {
		expect(readFileSync('src/routes/+layout.ts', 'utf8')).toMatch(/^export const csr = false;$/m);
		const routeFiles = files('src/routes').filter((file) => /\+(page|layout)(\.server)?\.ts$/.test(file));
		for (const file of routeFiles) expect(readFileSync(file, 'utf8'), file).not.toMatch(/csr = true/);
	});
});

it('a late island starts with the page when the key it keeps its values under holds something: the same key', () => {
	expect(startsWhenNear.get('dose-calculator')).toBe(DOSE_STORAGE_KEY);
});
