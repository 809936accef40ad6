const MISSING = /^[+-]?(nan|infinity|undefined|null)$/i;

/**
 * Whether a value's text in a link (or a field) is a word a program writes when it had no value: "NaN",
 * "undefined", "null", "Infinity". A reader does not type these; a link built by broken code does. Quoted
 * back ("Acidity “NaN”, which means nothing here") they make the page itself look broken and tell the reader
 * nothing, so the notes say "no usable value" instead of quoting them.
 */
export function isMissingValueWord(text: string): boolean {
	return MISSING.test(text.trim());
}
