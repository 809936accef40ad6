const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number as typed in an address or a field: '5.5', '5,5' (French), '-3', '1e2'; anything else is NaN,
 * which the caller turns into a clear message and a safe value (figure-state.ts, the lab's address).
 */
export function numberFromText(text: string): number {
	const typed = text.trim().replace(',', '.');
	if (!NUMBER.test(typed)) return Number.NaN;
	const value = Number(typed);
	// '1e999' is a number too large, not a mistake: it goes to the end of the range, like any too-large value
	return Number.isFinite(value) ? value : Math.sign(value) * Number.MAX_VALUE;
}
