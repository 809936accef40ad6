import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import figurePalettes from '$lib/figure/palettes.json';
import pagePalettes from '$lib/styles/palettes.json';

// A figure's colours come from the themes' palettes (src/lib/figure/palettes.json, and the page's
// src/lib/styles/palettes.json), so that each theme (light, dark, projector) and paper has its own: a colour
// written into a scene's stylesheet is the same in every theme (a light-theme red on a dark stage), and a
// var(--name) that no palette gives draws nothing at all. A scene's own colours go in the palettes.
const scenes = readdirSync('src/lib/scenes', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
const kit = ['src/lib/figure/figure.css', 'src/lib/styles/global.css', 'src/lib/player/player.css'];
const declared = (css: string) => [...css.matchAll(/(--[a-z0-9-]+)\s*:/g)].map(([, name]) => name!);
const known = new Set([
	...Object.keys(figurePalettes.light).map((name) => `--${name}`),
	...Object.keys(pagePalettes.light).map((name) => `--${name}`),
	...kit.flatMap((file) => declared(readFileSync(file, 'utf8')))
]);
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** What in a stylesheet is a colour not taken from the palettes. */
function foreignColours(css: string, names: ReadonlySet<string> = known): string[] {
	const rules = withoutComments(css);
	const own = new Set(declared(rules));
	return [
		...[...rules.matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi)].map(
			([colour]) => `${colour} written out`
		),
		...[...rules.matchAll(/var\(\s*(--[a-z0-9-]+)/gi)]
			.map(([, name]) => name!)
			.filter((name) => !names.has(name) && !own.has(name))
			.map((name) => `var(${name}) is in no palette`)
	];
}

describe('the colours of a scene’s figure.css', () => {
	it('finds a colour written out and a name no palette gives', () => {
		expect(foreignColours('.a { fill: #9aa0a6; stroke: rgb(1 2 3); }')).toEqual([
			'#9aa0a6 written out',
			'rgb( written out'
		]);
		expect(foreignColours('.a { fill: var(--signal); stroke: var(--nope); }')).toEqual([
			'var(--nope) is in no palette'
		]);
		expect(foreignColours('/* #12, science.md */ .a { --mine: var(--signal); fill: var(--mine); }')).toEqual(
			[]
		);
	});

	it.each(scenes.filter((id) => readdirSync(`src/lib/scenes/${id}`).includes('figure.css')))(
		'src/lib/scenes/%s/figure.css takes every colour from the palettes',
		(id) => {
			const css = readFileSync(`src/lib/scenes/${id}/figure.css`, 'utf8');
			expect(
				foreignColours(css),
				`src/lib/scenes/${id}/figure.css: give each colour a name in the three themes of src/lib/figure/palettes.json and use var(--name)`
			).toEqual([]);
		}
	);
});
