import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { prerenderedPages } from './site';

// Every prerendered page is parsed as it was written. The HTML parser does not refuse a misplaced element,
// it moves the page around it: a <div> or a <dialog> inside a <p> ends the paragraph there, and the </p>
// that follows opens an empty one — the text after it loses its paragraph (its spacing, its reading by a
// screen reader as one paragraph). Stop 18's islands did exactly that around every term and badge.
// Parsing each file with the browser's own parser (DOMParser) and counting each kind of element against the
// tags in the file finds any such rewrite.

/** start tags in the source, by name (attribute values are escaped, so "<p" in them cannot match) */
function startTags(html: string): Map<string, number> {
	const counts = new Map<string, number>();
	const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
	for (const [, name] of source.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)[\s/>]/g)) {
		const tag = name!.toLowerCase();
		counts.set(tag, (counts.get(tag) ?? 0) + 1);
	}
	return counts;
}

/** elements after parsing, by name: the browser's HTML parser, on the file as served */
function parsedElements(html: string): Record<string, number> {
	const counts: Record<string, number> = {};
	const parsed = new DOMParser().parseFromString(html, 'text/html');
	for (const element of parsed.querySelectorAll('*')) {
		if (element.closest('script, style')) continue;
		const tag = element.tagName.toLowerCase();
		counts[tag] = (counts[tag] ?? 0) + 1;
	}
	return counts;
}

for (const { path } of prerenderedPages()) {
	test(`${path}: the parser keeps every element where the page put it`, async ({ page }) => {
		const html = readFileSync(join('build', path, 'index.html'), 'utf8');
		const written = startTags(html);
		const parsed = await page.evaluate(parsedElements, html);
		const moved = [...new Set([...written.keys(), ...Object.keys(parsed)])]
			.filter((tag) => (written.get(tag) ?? 0) !== (parsed[tag] ?? 0))
			.map((tag) => `<${tag}>: ${written.get(tag) ?? 0} written, ${parsed[tag] ?? 0} parsed`);
		expect(moved, 'elements the parser added, dropped or split').toEqual([]);
	});
}
