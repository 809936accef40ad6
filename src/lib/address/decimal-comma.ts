// a setting whose value is a whole number so far ('glucose_mM=3'), and the digits that may follow its comma
const wholeSetting = /=\s*[+-]?\d+$/;
const digits = /^\d+$/;

/**
 * The items of an `s=` value, split on its commas, with a decimal comma read as one: a French reader writes
 * `pump:glucose_mM=3,5`, which the figure's own page reads as 3.5, so the part of digits after a setting's
 * whole number is its decimals ('glucose_mM=3.5'), not a figure named '5'.
 */
export function sequenceParts(value: string): string[] {
	const parts: string[] = [];
	for (const part of value.split(',')) {
		const last = parts.length - 1;
		if (last >= 0 && digits.test(part) && wholeSetting.test(parts[last]!)) parts[last] += `.${part}`;
		else parts.push(part);
	}
	return parts;
}
