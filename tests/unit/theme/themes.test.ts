import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeFrom, themes } from '$lib/theme/themes';

const src = join(import.meta.dirname, '../../../src');
const read = (path: string) => readFileSync(join(src, path), 'utf8');

describe('themeFrom', () => {
	it.each(themes)('knows %s, in any case and with spaces around', (name) => {
		expect(themeFrom(name)).toBe(name);
		expect(themeFrom(` ${name.toUpperCase()} `)).toBe(name);
	});

	it.each([null, undefined, '', 'sepia', 'dark2', 'projecteur', 42, {}, ['dark'], 'constructor', 'toString'])(
		'answers null for %j: an unknown ?theme= changes nothing',
		(value) => {
			expect(themeFrom(value)).toBeNull();
		}
	);
});

/** The custom properties declared in the first block that follows `selector`: name → value. */
function declarations(css: string, selector: string): Record<string, string> {
	const start = css.indexOf(selector);
	expect(start, `${selector} is in the file`).toBeGreaterThanOrEqual(0);
	const open = css.indexOf('{', start);
	const body = css.slice(open + 1, css.indexOf('}', open));
	return Object.fromEntries(
		[...body.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()])
	);
}

// The dark colours are written twice: for the system's dark (no theme chosen) and for the dark theme
// chosen in the page. They must not drift apart.
describe.each([
	['lib/styles/global.css', ':root:not([data-theme])', ":root[data-theme='dark']"],
	['lib/figure/figure.css', ':root:not([data-theme])', ":root[data-theme='dark']"],
	[
		'lib/scenes/cushion/figure.css',
		':root:not([data-theme]) .cushion-figure',
		"[data-theme='dark'] .cushion-figure"
	]
])('%s', (file, system, chosen) => {
	it('draws the chosen dark theme with the system dark colours', () => {
		const css = read(file);
		const fromSystem = declarations(css, system);
		expect(Object.keys(fromSystem).length).toBeGreaterThan(2);
		expect(declarations(css, chosen)).toEqual(fromSystem);
	});
});

describe.each(['lib/styles/global.css', 'lib/figure/figure.css'])('%s', (path) => {
	it('gives every colour of the light theme a projector value too', () => {
		const css = read(path);
		const light = declarations(css, ':root {');
		const projector = declarations(css, ":root[data-theme='projector']");
		const colours = Object.keys(light).filter((name) => /^#|^rgb/.test(light[name]!));
		expect(colours.length).toBeGreaterThan(5);
		for (const name of colours) expect(projector, name).toHaveProperty(name);
	});
});
