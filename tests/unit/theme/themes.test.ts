import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteCss, type Palettes } from '$lib/theme/palette-css';
import { keepsTheme, themeFrom, themes } from '$lib/theme/themes';

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

describe.each(['lib/styles/palettes.json', 'lib/figure/palettes.json'])('%s', (file) => {
	const palettes = JSON.parse(read(file)) as Palettes;
	const css = paletteCss(palettes, file);

	it('gives every colour in the three themes (the stylesheet is made without complaint)', () => {
		expect(Object.keys(palettes.light).length).toBeGreaterThan(10);
		expect(Object.keys(palettes.dark)).toEqual(Object.keys(palettes.light));
		expect(Object.keys(palettes.projector)).toEqual(Object.keys(palettes.light));
	});

	it('draws the chosen dark theme and the system dark with the same colours, and light by default', () => {
		const dark = Object.fromEntries(
			Object.entries(palettes.dark).map(([name, colour]) => [`--${name}`, colour])
		);
		expect(declarations(css, ':root:not([data-theme])')).toEqual(dark);
		expect(declarations(css, ":root[data-theme='dark']")).toEqual(dark);
		expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme\]\)/);
		expect(declarations(css, ':root {')['--' + Object.keys(palettes.light)[0]]).toBe(
			Object.values(palettes.light)[0]
		);
	});
});

describe('keepsTheme', () => {
	it('keeps the reader’s choice on every page but an embedded figure, wherever the site is hosted', () => {
		for (const path of ['/fr/', '/en/scenes/k2p/', '/fr/glucopuncture/', '/explainer/en/lab/'])
			expect(keepsTheme(path), path).toBe(true);
		for (const path of ['/fr/embed/k2p/', '/explainer/en/embed/pump/'])
			expect(keepsTheme(path), path).toBe(false);
	});
});

describe('paletteCss', () => {
	const palettes: Palettes = {
		light: { fg: '#111111', bg: '#ffffff' },
		dark: { fg: '#eeeeee', bg: '#121212' },
		projector: { fg: '#000000', bg: '#ffffff' }
	};

	it('writes each theme under its selector, the dark one for the system and for the choice', () => {
		const css = paletteCss(palettes, 'test.json');
		expect(declarations(css, ':root {')).toEqual({ '--fg': '#111111', '--bg': '#ffffff' });
		expect(declarations(css, ':root:not([data-theme])')).toEqual({ '--fg': '#eeeeee', '--bg': '#121212' });
		expect(declarations(css, ":root[data-theme='dark']")).toEqual({ '--fg': '#eeeeee', '--bg': '#121212' });
		expect(declarations(css, ":root[data-theme='projector']")).toEqual({
			'--fg': '#000000',
			'--bg': '#ffffff'
		});
	});

	it('gives paper the light colours whatever the screen shows: the dark and projector ones are for screens only', () => {
		const css = paletteCss(palettes, 'test.json');
		// every rule outside a screen-only block is the light theme's
		const outsideScreen = css
			.replace(/\/\*.*?\*\//g, '')
			.replace(/@media screen[^{]*\{[^{}]*\{[^{}]*\}\s*\}/g, '');
		expect(outsideScreen.match(/[^{}]+\{/g)!.map((selector) => selector.trim())).toEqual([':root {']);
		expect(css).toMatch(/@media screen \{\s*:root\[data-theme='dark'\]/);
		expect(css).toMatch(/@media screen \{\s*:root\[data-theme='projector'\]/);
	});

	it.each([
		['a colour left out', { ...palettes, dark: { fg: '#eeeeee' } }, /test.json: the dark theme lacks bg/],
		[
			'a colour the light theme has not',
			{ ...palettes, projector: { ...palettes.projector, ink: '#000000' } },
			/projector theme adds ink/
		],
		['a colour that is not #rrggbb', { ...palettes, dark: { fg: 'red', bg: '#121212' } }, /dark fg is "red"/],
		[
			'a name that is not a property name',
			{ ...palettes, light: { 'f g': '#111111', bg: '#ffffff' } },
			/"f g" \(light\)/
		]
	])('refuses %s, naming the file and the colour', (_, bad, message) => {
		expect(() => paletteCss(bad as Palettes, 'test.json')).toThrow(message);
	});
});
