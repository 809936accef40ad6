/**
 * A lookup by id over a list of entries (references, glossary terms). An unknown id is a writing mistake,
 * so it fails the build loudly, saying where to add the entry.
 */
export function lookupById<T extends { id: string }>(
	entries: readonly T[],
	what: string,
	file: string
): (id: string) => T {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return (id) => {
		const found = byId.get(id);
		if (!found) throw new Error(`Unknown ${what} "${id}": add it to ${file}`);
		return found;
	};
}
