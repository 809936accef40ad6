/**
 * Text read back from where the site stored it (a reader's answers in localStorage, an island's props):
 * the JSON object it holds, or null if it is missing, not JSON, or JSON of another kind (an array, a
 * number, null). Never throws: what the site wrote may have been changed by hand or by an older version.
 */
export function jsonObject(text: string | null | undefined): Record<string, unknown> | null {
	if (!text) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	return isJsonObject(data) ? data : null;
}

/** Whether a value read from JSON is an object (not an array, not null): one whose keys can be read. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
