import type { Locator } from '@playwright/test';

// Where a figure's step words stand, on screen and in the reading order: the helpers of the specs that check
// they are in sight with the drawing (zoomed, short window, phone on its side, upright phone).

/** the top of `locator`'s box, CSS px from the viewport's top */
export const top = async (locator: Locator) => (await locator.boundingBox())!.y;

/** the bottom of `locator`'s box, CSS px from the viewport's top */
export async function bottom(locator: Locator): Promise<number> {
	const box = (await locator.boundingBox())!;
	return box.y + box.height;
}

/**
 * For each name, whether the first element matching its selector in the same figure (`.scene-shell`) comes
 * after `element` in the document: the order a screen reader reads and Tab moves in.
 */
export function followInShell<K extends string>(
	element: Locator,
	selectors: Record<K, string>
): Promise<Record<K, boolean>> {
	const named: [string, string][] = Object.entries(selectors);
	return element.evaluate((from, named) => {
		const shell = from.closest('.scene-shell')!;
		const after = (selector: string) =>
			!!(from.compareDocumentPosition(shell.querySelector(selector)!) & Node.DOCUMENT_POSITION_FOLLOWING);
		return Object.fromEntries(named.map(([name, selector]) => [name, after(selector)]));
	}, named) as Promise<Record<K, boolean>>;
}
