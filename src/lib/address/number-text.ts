const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number as typed in an address or a field: '5.5', '5,5' (French), '-3', '1e2', and as the site prints
 * numbers, which a reader may copy back: '−67,2' (a true minus), '1 000' (thousands apart, by a space or a
 * no-break one); anything else is NaN, which the caller turns into a clear message and a safe value
 * (figure-state.ts, the lab's address).
 */
export function numberFromText(text: string): number {
	const typed = text
		.trim()
		.replace(/^[−–]/, '-')
		.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1')
		.replace(',', '.');
	if (!NUMBER.test(typed)) return Number.NaN;
	const value = Number(typed);
	// '1e999' is a number too large, not a mistake: it goes to the end of the range, like any too-large value
	return Number.isFinite(value) ? value : Math.sign(value) * Number.MAX_VALUE;
}
