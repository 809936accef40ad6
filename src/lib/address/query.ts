/**
 * The address's query string, read and written by hand rather than with URLSearchParams.toString(): the
 * keys and values a reader sees stay readable (`?s=trpv1:sensitised,k2p`, not `s=trpv1%3Asensitised%2Ck2p`).
 */
export type QueryEntries = [key: string, value: string][];

/** Every key=value pair of a query, decoded, in order ('?' optional; a malformed escape is kept as typed). */
export function readQuery(query: string | URLSearchParams): QueryEntries {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	return [...params.entries()];
}

/**
 * Whether a key of the address names `key`: spelt as it is, or differing only by case (`ko` or `KO` for `Ko`,
 * `Step` for `step`), as a reader retyping a link or a mail client may write it; the consultation's sequence
 * forgives case the same way (`s=trpv1:heat_c=45`).
 */
export const namesKey = (name: string, key: string) => name.toLowerCase() === key.toLowerCase();

/**
 * The first value given for a key (a repeated key: the first wins), or null. A key spelt exactly wins over
 * one that differs only by case (`?ko=3&Ko=10`: 10); without it, the first of those is read.
 */
export function firstValue(entries: QueryEntries, key: string): string | null {
	const given = entries.find(([name]) => name === key) ?? entries.find(([name]) => namesKey(name, key));
	return given?.[1] ?? null;
}

// what a query may carry unescaped (RFC 3986 allows ':' ',' and '.' there): every other character is escaped
const readable = (text: string) => encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
// and in a value, '=' too (a consultation's settings, `s=pump:glucose_mM=0`): only a pair's first '=' divides it
const readableValue = (text: string) => readable(text).replace(/%3D/gi, '=');

/** '?a=1&b=two', or '' when there is nothing to say. */
export function writeQuery(entries: QueryEntries): string {
	if (!entries.length) return '';
	return `?${entries.map(([key, value]) => `${readable(key)}=${readableValue(value)}`).join('&')}`;
}
