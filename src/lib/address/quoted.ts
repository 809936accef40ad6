/** The most of a reader's or an address's text a note quotes. */
export const MAX_QUOTED = 40;

/**
 * What a note quotes of text a reader typed or an address gave: enough to recognise, never a page of it
 * (300 x's are cut to 39 and '…').
 */
export const quoted = (text: string) =>
	text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;

const INFINITY = /^\s*([+-]?)infinity\s*$/i;

/**
 * A number an address gave, as a note quotes it: "Infinity" and "-Infinity", which a link can carry and a
 * range clamps, as a mathematician writes them (∞, −∞): a page saying "Infinity" looks broken.
 */
export function quotedNumber(text: string): string {
	const infinity = INFINITY.exec(text);
	return infinity ? `${infinity[1] === '-' ? '−' : ''}∞` : quoted(text);
}
