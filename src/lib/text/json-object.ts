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
	return typeof data === 'object' && data !== null && !Array.isArray(data)
		? (data as Record<string, unknown>)
		: null;
}
