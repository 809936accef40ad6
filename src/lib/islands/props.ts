import { jsonObject } from '$lib/text/json-object';

/**
 * An island's props, written into its element at prerender and read back by hydrate.ts. Plain JSON: an
 * island's props are data (no functions, snippets or components), which this checks where it writes them.
 */
export function islandProps(props: Record<string, unknown>): string {
	return JSON.stringify(props, (key, value: unknown) => {
		if (typeof value === 'function' || typeof value === 'symbol')
			throw new Error(`An island's props must be plain data: "${key}" is ${typeof value}`);
		return value;
	});
}

/** The props written by islandProps, or null if the attribute is missing or not JSON. */
export const readIslandProps = (text: string | undefined): Record<string, unknown> | null => jsonObject(text);
