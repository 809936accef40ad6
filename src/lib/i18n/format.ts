/**
 * Fills the {placeholders} of a catalogue message: format('Étape {n} sur {total}', { n: 2, total: 6 }).
 * A placeholder left without a value stays visible as it is, so a missing value shows up in review and tests
 * rather than as "undefined".
 */
export function format(message: string, values: Record<string, string | number>): string {
	return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}

/** The placeholder names a message uses, for checking that both languages ask for the same values. */
export function placeholders(message: string): string[] {
	return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}
