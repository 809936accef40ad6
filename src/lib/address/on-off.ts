const on = ['on', '1', 'true', 'yes', 'oui'];
const off = ['off', '0', 'false', 'no', 'non'];

/**
 * A switch as an address writes it, in either language and any case: true for on/1/true/yes/oui, false for
 * off/0/false/no/non, undefined for any other word (the caller notes it and keeps its default).
 */
export function onOffFromText(text: string): boolean | undefined {
	const word = text.trim().toLowerCase();
	return on.includes(word) ? true : off.includes(word) ? false : undefined;
}
