import { letterWidth } from './letter-widths';

/**
 * How wide, in em of a bold letter (./letter-widths.ts), the widest piece of `text` a line cannot break is:
 * words, with those joined by a no-break space ("44 °C") counted as one, and a hyphenated word split after
 * its hyphens (browsers break "sodium-potassium" there). Titles use it to never be larger than their widest
 * word can be on one line (global.css, --widest-word): at 200 % text on a phone they wrap between words,
 * never inside one, and are as large as that allows. So do the other short lines a word alone may not fit:
 * a glossary's words (dt) and a form's legends. Rounded up to a tenth of an em.
 */
export function widestWord(text: string): number {
	// ordinary spaces, tabs, newlines, thin and zero-width spaces; not U+00A0 or U+202F (no-break). Each word
	// then after its hyphens, the hyphen kept with what comes before it: without a lookbehind, which Safari
	// before 16.4 cannot even parse (the header, the lab and the questions, which import this, then failed)
	const pieces = text
		.split(/[ \t\n\r\u2009\u200b]+/)
		.flatMap((word) => word.replace(/([-\u2010\u2013\u2014/])/g, '$1\n').split('\n'));
	const widest = pieces.reduce(
		(widest, piece) =>
			Math.max(
				widest,
				[...piece.trim().normalize('NFC')].reduce((sum, c) => sum + letterWidth(c), 0)
			),
		0
	);
	return Math.ceil(Math.round(widest * 1000) / 100) / 10;
}

const titles = /<(h[1-3]|dt|legend)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const tags = /<[^>]*>/g;
const entities: Record<string, string> = {
	'&nbsp;': '\u00a0',
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&#39;': "'",
	'&quot;': '"'
};

/** The text of a piece of HTML, tags dropped, the common entities decoded. */
function textOf(html: string): string {
	return html
		.replace(tags, '')
		.replace(/&(nbsp|amp|lt|gt|#39|quot);/g, (entity) => entities[entity] ?? entity);
}

/**
 * Every h1–h3, dt and legend of a prerendered page gets style="--widest-word: N" (added to a style it
 * already has).
 */
export function markWidestWords(html: string): string {
	return html.replace(titles, (whole, tag: string, attributes = '', inner: string) => {
		const widest = `--widest-word: ${widestWord(textOf(inner))}`;
		const styled = /\sstyle="/.test(attributes)
			? attributes.replace(/\sstyle="/, ` style="${widest}; `)
			: `${attributes} style="${widest}"`;
		return `<${tag}${styled}>${inner}</${tag}>`;
	});
}
