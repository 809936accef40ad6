// A rehype plugin for mdsvex (svelte.config.js): in the articles, a value with a scaled unit ("0,37 mmol/L",
// "140 mM", "−67 mV") is shown as written and said in words, as the dose
// calculator says its own (components/Spoken.svelte): "0,37 millimole par litre". Screen readers spell unit
// symbols out, and one drops the "milli" of "mmol": a blood-sugar rise heard a thousand times too large.
// Done when the page is built: the words are in the prerendered markup, with no script. Only text written
// in the Markdown is changed; what a component renders (a badge, a term, a table written as HTML) is not.

import { spokenUnits, VALUE } from '../text/spoken-units.js';

/** the units whose prefix a screen reader may drop or spell: concentrations, blood sugar, voltages */
const SCALED = /\d[\s\u00a0]?(?:mmol\/L|g\/L|mg\/dL|mOsm\/L|mM|µM|mV)$/u;
/** text inside these is left as written: a heading (its id and the page's contents read it), code, keys */
const KEEP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'script', 'style']);

/**
 * @typedef {{ type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] }} HastNode
 * @typedef {{ filename?: string }} MdFile
 */

/**
 * The page's language, from where its file is (src/content/fr/…, src/content/en/…); null elsewhere.
 * @param {string | undefined} filename
 * @returns {'fr' | 'en' | null}
 */
export function articleLang(filename) {
	const match = /[\\/]content[\\/](fr|en)[\\/][^\\/]+\.md$/.exec(filename ?? '');
	return match ? /** @type {'fr' | 'en'} */ (match[1]) : null;
}

/**
 * A value as the eye reads it ("0,37 mmol/L"), hidden from the ear, and its twin said in words, hidden from
 * the eye and left out of a copy (`said`, global.css): the value alone, not its sentence, so that a copied
 * or searched passage reads as it is seen.
 * @param {string} text
 * @param {string} said
 * @returns {HastNode[]}
 */
const twins = (text, said) => [
	{
		type: 'element',
		tagName: 'span',
		properties: { ariaHidden: 'true' },
		children: [{ type: 'text', value: text }]
	},
	{
		type: 'element',
		tagName: 'span',
		properties: { className: ['visually-hidden', 'said'] },
		children: [{ type: 'text', value: said }]
	}
];

/**
 * A text run with each value in a scaled unit twinned, the rest left as written.
 * @param {string} text
 * @param {'fr' | 'en'} lang
 * @returns {HastNode[]}
 */
function spokenValues(text, lang) {
	/** @type {HastNode[]} */
	const parts = [];
	let from = 0;
	for (const match of text.matchAll(VALUE)) {
		if (!SCALED.test(match[0])) continue;
		const at = match.index ?? 0;
		if (at > from) parts.push({ type: 'text', value: text.slice(from, at) });
		parts.push(...twins(match[0], spokenUnits(match[0], lang)));
		from = at + match[0].length;
	}
	if (from < text.length) parts.push({ type: 'text', value: text.slice(from) });
	return parts;
}

/**
 * Each text run below the node, its units said in words where it holds a scaled one.
 * @param {HastNode} node
 * @param {'fr' | 'en'} lang
 */
function speak(node, lang) {
	if (!node.children) return;
	node.children = node.children.flatMap((child) => {
		if (child.type === 'element') {
			if (!KEEP.has(child.tagName ?? '')) speak(child, lang);
			return [child];
		}
		return child.type === 'text' ? spokenValues(child.value ?? '', lang) : [child];
	});
}

/** The plugin: `rehypePlugins: [spokenArticleUnits]`. */
export function spokenArticleUnits() {
	/** @param {HastNode} tree @param {MdFile} file */
	return (tree, file) => {
		const lang = articleLang(file.filename);
		if (lang) speak(tree, lang);
	};
}
