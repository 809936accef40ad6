// A rehype plugin for mdsvex (svelte.config.js): in the articles, a run of text that carries a value with a
// scaled unit ("0,37 mmol/L", "140 mM", "−67 mV") is shown as written and said in words, as the dose
// calculator says its own (components/Spoken.svelte): "0,37 millimole par litre". Screen readers spell unit
// symbols out, and one drops the "milli" of "mmol": a blood-sugar rise heard a thousand times too large.
// Done when the page is built: the words are in the prerendered markup, with no script. Only text written
// in the Markdown is changed; what a component renders (a badge, a term, a table written as HTML) is not.

import { spokenUnits } from '../text/spoken-units.js';

/** the units whose prefix a screen reader may drop or spell: concentrations, blood sugar, voltages */
const SCALED = /\d[\s\u00a0]?(?:mmol\/L|g\/L|mg\/dL|mOsm\/L|mM|µM|mV)(?![\p{L}])/u;
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
 * A text as the eye reads it, hidden from the ear, and its twin said in words, hidden from the eye.
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
		properties: { className: ['visually-hidden'] },
		children: [{ type: 'text', value: said }]
	}
];

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
		if (child.type !== 'text' || !SCALED.test(child.value ?? '')) return [child];
		const text = child.value ?? '';
		const said = spokenUnits(text, lang);
		return said === text ? [child] : twins(text, said);
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
