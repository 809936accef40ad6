import { render } from 'svelte/server';
import { ionHalfSize, type IonKind } from '$lib/figure/ions';
import type { NumberFormat } from '$lib/i18n/numbers';
import type { AnyScene, Arrangement } from '$lib/player/scene';

/**
 * What a Figure draws, read from its server-rendered SVG as a browser would lay it out, with a font's real
 * widths (textWidth, below): every text's box,
 * every glyph (what is marked data-glyph: ions, molecules, mediators), every part's region (FigurePart), all in the figure's own viewBox
 * units. Used to check a figure's arrangements whole, at any step, in any language, from its real markup:
 * no text meets another or a glyph, none leaves the figure or its part, no two parts share room.
 */

export interface Box {
	name: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}
export interface DrawnText extends Box {
	/** the region of the part it is drawn in (the part clips it), if any */
	part: Box | null;
}
export interface Drawn {
	width: number;
	height: number;
	texts: DrawnText[];
	glyphs: Box[];
	parts: Box[];
	/** what the SVG draws outside every part: its top-level elements other than title, defs and clip paths */
	loose: string[];
}

interface Element {
	name: string;
	attrs: Record<string, string>;
	children: Node[];
}
type Node = Element | string;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
	text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, code: string) =>
		code.startsWith('#x')
			? String.fromCodePoint(parseInt(code.slice(2), 16))
			: code.startsWith('#')
				? String.fromCodePoint(Number(code.slice(1)))
				: (entities[code] ?? whole)
	);

/** Svelte's server markup for one SVG, as a tree: tags, attributes, text (comments dropped). */
function parse(markup: string): Element {
	const root: Element = { name: '#root', attrs: {}, children: [] };
	const open: Element[] = [root];
	const token = /<!--[\s\S]*?-->|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
	for (const match of markup.matchAll(token)) {
		const [whole, closing, name, attrText, selfClosing, text] = match;
		const parent = open.at(-1)!;
		if (whole.startsWith('<!--')) continue;
		if (text !== undefined) parent.children.push(decode(text));
		else if (closing) {
			if (open.length > 1 && parent.name === closing) open.pop();
			else throw new Error(`</${closing}> closes <${parent.name}>`);
		} else if (name) {
			const attrs: Record<string, string> = {};
			for (const [, key, value] of (attrText ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g))
				attrs[key!] = decode(value ?? '');
			const element: Element = { name, attrs, children: [] };
			parent.children.push(element);
			if (!selfClosing) open.push(element);
		}
	}
	return root;
}

const isElement = (node: Node): node is Element => typeof node !== 'string';
const textOf = (node: Node): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
const classes = (element: Element) => (element.attrs.class ?? '').split(/\s+/);
const number = (value: string | undefined, fallback = 0) => (value === undefined ? fallback : Number(value));

/** The classes that draw a text in bold (figure.css and the scenes' own sheets). */
const BOLD = ['label-strong', 'readout', 'hypothesis-text', 'tip-text', 'no-atp', 'cushion-label'];

/**
 * Each character's advance, em, in DejaVu Sans (the sans-serif Chromium falls back to on Linux, and one of
 * the widest): narrow letters and signs, wide ones, then digits, lower and upper case by default. A text's
 * estimate is their sum (each at least DejaVu's), 12 % more in bold; its box is the font's ascent (0.93 em)
 * and descent (0.24 em) around the baseline, as a browser measures it.
 */
const ADVANCE_em: Record<string, number> = {
	' ': 0.32,
	'\u00a0': 0.32,
	i: 0.28,
	j: 0.28,
	l: 0.28,
	I: 0.3,
	f: 0.36,
	t: 0.4,
	r: 0.42,
	'.': 0.32,
	',': 0.32,
	':': 0.34,
	';': 0.34,
	'(': 0.4,
	')': 0.4,
	'-': 0.37,
	'’': 0.32,
	"'": 0.28,
	'/': 0.34,
	'·': 0.32,
	'⁺': 0.45,
	'²': 0.45,
	'°': 0.5,
	'–': 0.5,
	'?': 0.54,
	s: 0.53,
	z: 0.53,
	c: 0.55,
	J: 0.3,
	L: 0.56,
	m: 0.98,
	w: 0.82,
	M: 0.87,
	W: 0.99,
	'%': 0.95,
	'+': 0.84,
	'=': 0.84,
	'−': 0.84,
	'×': 0.84,
	'→': 0.84
};
const advance = (char: string) =>
	ADVANCE_em[char] ?? (/[0-9]/.test(char) ? 0.64 : /\p{Lu}/u.test(char) ? 0.8 : 0.64);
/** A text's width, viewBox units, at `size` units. */
export const textWidth = (text: string, size: number, bold = false) =>
	[...text].reduce((sum, char) => sum + advance(char), 0) * size * (bold ? 1.12 : 1);

/** A translate(x y) transform; a rotation is allowed only around what holds no text (checked). */
function translation(transform: string | undefined): { x: number; y: number; rotated: boolean } {
	if (!transform) return { x: 0, y: 0, rotated: false };
	const move = /translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)/.exec(transform);
	return { x: number(move?.[1]), y: number(move?.[2]), rotated: /rotate|scale|matrix|skew/.test(transform) };
}

/** The box of a path drawn with M, L, H, V, Q, C and Z (absolute or relative): its points' extent. */
export function pathBox(d: string): Omit<Box, 'name'> {
	const xs: number[] = [];
	const ys: number[] = [];
	let x = 0;
	let y = 0;
	for (const [, command, args] of d.matchAll(/([MLHVQCZmlhvqcz])([^MLHVQCZmlhvqcz]*)/g)) {
		const values = (args!.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
		const relative = command === command!.toLowerCase();
		const kind = command!.toUpperCase();
		if (kind === 'H')
			for (const v of values) {
				x = relative ? x + v : v;
				xs.push(x);
				ys.push(y);
			}
		else if (kind === 'V')
			for (const v of values) {
				y = relative ? y + v : v;
				xs.push(x);
				ys.push(y);
			}
		else if (kind !== 'Z') {
			const step = kind === 'Q' ? 4 : kind === 'C' ? 6 : 2;
			for (let i = 0; i + 1 < values.length; i += step) {
				const baseX = x;
				const baseY = y;
				for (let j = i; j < i + step; j += 2) {
					const px = relative ? baseX + values[j]! : values[j]!;
					const py = relative ? baseY + values[j + 1]! : values[j + 1]!;
					xs.push(px);
					ys.push(py);
					if (j + 2 >= i + step) [x, y] = [px, py];
				}
			}
		}
	}
	return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** A text's box from its anchor point, as the figure rules estimate it. */
function textBox(element: Element, origin: { x: number; y: number }): Box {
	const words = textOf(element).replace(/\s+/g, ' ').trim();
	const size = classes(element).includes('readout') ? 26 : 21;
	const bold = classes(element).some((name) => BOLD.includes(name));
	const width = textWidth(words, size, bold);
	const x = origin.x + number(element.attrs.x);
	const y = origin.y + number(element.attrs.y) + number(element.attrs.dy);
	const anchor = element.attrs['text-anchor'] ?? 'start';
	const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
	return { name: `"${words}"`, left, right: left + width, top: y - 0.93 * size, bottom: y + 0.24 * size };
}

/** A shape's own box (a circle, a rect or a path), around `origin`. */
function shapeBox(shape: Element, origin: { x: number; y: number }): Omit<Box, 'name'> | null {
	if (shape.name === 'circle') {
		const r = number(shape.attrs.r);
		const x = origin.x + number(shape.attrs.cx);
		const y = origin.y + number(shape.attrs.cy);
		return { left: x - r, right: x + r, top: y - r, bottom: y + r };
	}
	if (shape.name === 'rect') {
		const left = origin.x + number(shape.attrs.x);
		const top = origin.y + number(shape.attrs.y);
		return { left, right: left + number(shape.attrs.width), top, bottom: top + number(shape.attrs.height) };
	}
	if (shape.name === 'path' && shape.attrs.d) {
		const box = pathBox(shape.attrs.d);
		return {
			left: origin.x + box.left,
			right: origin.x + box.right,
			top: origin.y + box.top,
			bottom: origin.y + box.bottom
		};
	}
	return null;
}

/**
 * The box of a glyph, what moves and no text may sit on: any element marked data-glyph (an ion, a
 * molecule, a mediator, or a new scene's own), in the figure's units. An ion's box is its kind's; any other
 * is its own shape's, or its first circle, rect or path's.
 */
function glyphBox(element: Element, origin: { x: number; y: number }): Box | null {
	if (!('data-glyph' in element.attrs)) return null;
	const names = classes(element);
	const name = `${names.join('.')} ${textOf(element).trim()}`;
	if (names.includes('ion')) {
		const kind = (['k', 'na', 'ca'] as const).find((k) => names.includes(`ion-${k}`)) as IonKind;
		const half = ionHalfSize[kind];
		return {
			name,
			left: origin.x - half.x,
			right: origin.x + half.x,
			top: origin.y - half.y,
			bottom: origin.y + half.y
		};
	}
	const shape = ['circle', 'rect', 'path'].includes(element.name)
		? element
		: element.children.filter(isElement).find((child) => ['circle', 'rect', 'path'].includes(child.name));
	const box = shape ? shapeBox(shape, origin) : null;
	return box ? { name, ...box } : null;
}

/** Reads a rendered figure: its viewBox, texts, glyphs and parts. */
export function readDrawing(markup: string): Drawn {
	const svg = parse(markup)
		.children.filter(isElement)
		.find((node) => node.name === 'svg');
	if (!svg) throw new Error('no <svg> in the markup');
	const [, , width, height] = (svg.attrs.viewBox ?? '').split(/\s+/).map(Number);
	const clips = new Map<string, Element>();
	const collectClips = (element: Element) => {
		if (element.name === 'clipPath' && element.attrs.id) clips.set(element.attrs.id, element);
		element.children.filter(isElement).forEach(collectClips);
	};
	collectClips(svg);

	const drawn: Drawn = { width: width!, height: height!, texts: [], glyphs: [], parts: [], loose: [] };
	const walk = (
		element: Element,
		origin: { x: number; y: number },
		opacity: number,
		part: Box | null,
		rotated: boolean
	) => {
		const moved = translation(element.attrs.transform);
		const here = { x: origin.x + moved.x, y: origin.y + moved.y };
		const seen = opacity * number(element.attrs.opacity, 1);
		const turned = rotated || moved.rotated;
		// a figure part's clip (FigurePart, `…-part`); a trace's reveal (Trace) clips a line, not a part
		const clipId = /url\(#([^)]+-part)\)/.exec(element.attrs['clip-path'] ?? '')?.[1];
		if (clipId) {
			const rect = clips
				.get(clipId)
				?.children.filter(isElement)
				.find((child) => child.name === 'rect');
			if (!rect) throw new Error(`clip path #${clipId} has no rect`);
			const left = here.x + number(rect.attrs.x);
			const top = here.y + number(rect.attrs.y);
			const region = {
				left,
				top,
				right: left + number(rect.attrs.width),
				bottom: top + number(rect.attrs.height)
			};
			// a part is drawn twice, what stays and what moves (FigureSvg): one region, one part
			const same = drawn.parts.find((known) =>
				(['left', 'top', 'right', 'bottom'] as const).every((side) => known[side] === region[side])
			);
			part = same ?? { name: `part ${drawn.parts.length + 1}`, ...region };
			if (!same) drawn.parts.push(part);
		}
		if (element.name === 'clipPath' || element.name === 'defs') return;
		const glyph = glyphBox(element, here);
		if (glyph) {
			if (seen > 0.05) drawn.glyphs.push(glyph);
			return; // an ion's or a molecule's own symbol is part of its glyph
		}
		if (element.name === 'text') {
			if (turned) throw new Error(`a turned text: ${textOf(element)}`);
			const box = textBox(element, here);
			if (seen > 0.05 && box.name !== '""') drawn.texts.push({ ...box, part });
			return;
		}
		for (const child of element.children.filter(isElement)) walk(child, here, seen, part, turned);
	};
	// the parts that move (FigureSvg's `moving`) are drawn in a group of their own, last: each counts as
	// drawn at the top level, as the rest is
	const topLevel = svg.children
		.filter(isElement)
		.flatMap((child) => (child.attrs.class === 'moving-parts' ? child.children.filter(isElement) : [child]));
	for (const child of topLevel) {
		if (
			!['title', 'defs', 'clipPath'].includes(child.name) &&
			!/-part\)/.test(child.attrs['clip-path'] ?? '')
		)
			drawn.loose.push(`<${child.name} class="${child.attrs.class ?? ''}">`);
		walk(child, { x: 0, y: 0 }, 1, null, false);
	}
	return drawn;
}

/** Boxes that share more than `tolerance` units both ways (touching is allowed). */
export function overlap(a: Omit<Box, 'name'>, b: Omit<Box, 'name'>, tolerance = 1.5): boolean {
	const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return x > tolerance && y > tolerance;
}

const inside = (box: Omit<Box, 'name'>, room: Omit<Box, 'name'>) =>
	box.left >= room.left - 0.5 &&
	box.right <= room.right + 0.5 &&
	box.top >= room.top - 0.5 &&
	box.bottom <= room.bottom + 0.5;

/**
 * Everything wrong with a drawing: a text that meets another text or a glyph, leaves the figure or the part
 * it is drawn in; a part that meets another or leaves the figure; with `whole`, anything drawn outside a part.
 */
export function layoutProblems(drawn: Drawn, { whole = false } = {}): string[] {
	const problems: string[] = [];
	const figure = { left: 0, top: 0, right: drawn.width, bottom: drawn.height };
	drawn.texts.forEach((text, i) => {
		if (!inside(text, figure)) problems.push(`${text.name} leaves the figure`);
		if (text.part && !inside(text, text.part)) problems.push(`${text.name} leaves its ${text.part.name}`);
		for (const other of drawn.texts.slice(i + 1))
			if (overlap(text, other)) problems.push(`${text.name} meets ${other.name}`);
		for (const glyph of drawn.glyphs)
			if (overlap(text, glyph)) problems.push(`${glyph.name} sits on ${text.name}`);
	});
	drawn.parts.forEach((part, i) => {
		if (!inside(part, figure)) problems.push(`${part.name} leaves the figure`);
		for (const other of drawn.parts.slice(i + 1))
			if (overlap(part, other, 0)) problems.push(`${part.name} meets ${other.name}`);
	});
	if (whole) problems.push(...drawn.loose.map((element) => `${element} is drawn outside every part`));
	return problems;
}

/** Every word a drawing shows, sorted: the same in every arrangement. */
export const wordsShown = (drawn: Drawn) => drawn.texts.map((text) => text.name).sort();

/** A scene's Figure for one view, rendered and read. */
export function drawScene(
	scene: AnyScene,
	view: { model: unknown; frame: unknown; words: unknown; n: NumberFormat },
	arrangement: Arrangement
): Drawn {
	return readDrawing(render(scene.Figure, { props: { ...view, arrangement } }).body);
}
