import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { islandsScript, linkIslandsScript } from '$lib/server/islands-script';

const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;

describe("the islands' starter, written into prerendered pages that have islands", () => {
	it('writes it once, in the head, inline (no request before the first paint), with the script it starts', () => {
		const html = linkIslandsScript(
			page(
				'<site-island class="island svelte-x" data-island="header" data-lang="fr" data-props="{}"></site-island>' +
					'<site-island class="island svelte-x" data-island="scene-page" data-lang="fr" data-props="{}"></site-island>'
			)
		);
		const starter = readFileSync('src/lib/islands/start.js', 'utf8');
		const tag = `<script data-src="${islandsScript}">${starter}</script>`;
		expect(html.split(tag)).toHaveLength(2);
		expect(html.indexOf(tag)).toBeLessThan(html.indexOf('</head>'));
	});

	it('tells a sheet made to be printed (it has the reader’s answers) to start at once, and no other page', () => {
		const island = (name: string) =>
			`<site-island class="island svelte-x" data-island="${name}" data-lang="en" data-props="{}"></site-island>`;
		const sheet = linkIslandsScript(page(island('print-stamp') + island('your-answers')));
		expect(sheet).toContain(`<script data-src="${islandsScript}" data-now>`);
		// the comparison page prints too, but is read first: its islands wait for the first paint
		const choosing = linkIslandsScript(page(island('print-stamp') + island('what-matters')));
		expect(choosing).toContain(`<script data-src="${islandsScript}">`);
	});

	it('leaves a page without islands alone, even one that mentions the attribute in its text', () => {
		const text = page('<p>An island is a <code>data-island="name"</code> element.</p>');
		expect(linkIslandsScript(text)).toBe(text);
	});
});
