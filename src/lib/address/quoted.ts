/** The most of a reader's or an address's text a note quotes. */
export const MAX_QUOTED = 40;

// Characters that change the direction of the text after them (U+061C, U+200E–F, U+202A–E, U+2066–9), other
// invisible controls, and characters drawn as nothing (a soft hyphen, blank fillers): an address can carry
// them, and unpaired the first turned the rest of the page's own sentence around it backwards. A quote shows
// each as "�", the mark for a character that cannot be shown. The joiners (U+200C–D) stay: they belong inside
// an emoji made of several (👨‍👩‍👧) and in some scripts' words.
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- control characters are what it takes out
	/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\uffa0\ufeff]/g;

/**
 * What a note quotes of text a reader typed or an address gave: enough to recognise, never a page of it
 * (300 x's are cut to 39 and '…'), cut between characters, not inside one (an emoji is two code units), and
 * with no invisible character that could turn the note's own words around.
 */
export function quoted(text: string): string {
	const characters = Array.from(text.replace(INVISIBLE, '\ufffd'));
	return characters.length > MAX_QUOTED
		? `${characters.slice(0, MAX_QUOTED - 1).join('')}…`
		: characters.join('');
}

const INFINITY = /^\s*([+-]?)infinity\s*$/i;

/**
 * A number an address gave, as a note quotes it: "Infinity" and "-Infinity", which a link can carry and a
 * range clamps, as a mathematician writes them (∞, −∞): a page saying "Infinity" looks broken.
 */
export function quotedNumber(text: string): string {
	const infinity = INFINITY.exec(text);
	return infinity ? `${infinity[1] === '-' ? '−' : ''}∞` : quoted(text);
}
