/** A theme's colours: a custom property's name (without its `--`) → a colour, `#rrggbb`. */
export type Palette = Readonly<Record<string, string>>;

/** The colours of the three themes (src/lib/theme/themes.ts): each names the same properties. */
export interface Palettes {
	light: Palette;
	dark: Palette;
	projector: Palette;
}

const COLOUR = /^#[0-9a-f]{6}$/i;
const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The stylesheet that colours the page from a set of palettes (src/lib/styles/palettes.json for the page,
 * src/lib/figure/palettes.json for the figures): light by default; dark when the system asks for it and the
 * reader has chosen no theme, and when the reader chose dark (<html data-theme>, before-paint.js); the
 * projector's when chosen. The dark block is written twice because a selector cannot say "this media query
 * or that attribute"; generated from data, the two cannot drift apart. Only screens take the dark and the
 * projector's colours: paper gets the light ones whatever the screen shows (a dark figure printed as a black
 * panel with black labels). vite.config.ts serves the result as
 * `virtual:palettes.css`, which the root layout imports.
 *
 * Throws, failing the build with the palette and property named, on a name or colour that is not one, or
 * on a theme that leaves out a colour the light one has or adds one it has not.
 */
export function paletteCss(palettes: Palettes, source: string): string {
	const names = Object.keys(palettes.light);
	for (const [theme, palette] of Object.entries(palettes)) {
		for (const [name, colour] of Object.entries(palette as Palette)) {
			if (!NAME.test(name)) throw new Error(`${source}: "${name}" (${theme}) is not a property name`);
			if (!COLOUR.test(colour)) throw new Error(`${source}: ${theme} ${name} is "${colour}", not #rrggbb`);
		}
		const missing = names.filter((name) => !(name in palette));
		const extra = Object.keys(palette).filter((name) => !(name in palettes.light));
		const wrong = [
			missing.length ? `lacks ${missing.join(', ')}` : '',
			extra.length ? `adds ${extra.join(', ')}` : ''
		].filter(Boolean);
		if (wrong.length) throw new Error(`${source}: the ${theme} theme ${wrong.join(' and ')}`);
	}
	const block = (selector: string, palette: Palette, indent = '') =>
		[
			`${indent}${selector} {`,
			...names.map((name) => `${indent}\t--${name}: ${palette[name]};`),
			`${indent}}`
		].join('\n');
	return [
		`/* generated from ${source} (src/lib/theme/palette-css.ts) */`,
		block(':root', palettes.light),
		`@media screen and (prefers-color-scheme: dark) {\n${block(':root:not([data-theme])', palettes.dark, '\t')}\n}`,
		`@media screen {\n${block(":root[data-theme='dark']", palettes.dark, '\t')}\n}`,
		`@media screen {\n${block(":root[data-theme='projector']", palettes.projector, '\t')}\n}`,
		''
	].join('\n');
}
