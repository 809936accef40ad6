import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readingSection } from '$lib/address/reading-section';

// The section the language switch carries: the heading nearest above the reading line (a third of the way
// down an 800 px screen), except that the section a link led to stays while its heading is on screen.
// Headings placed by hand: jsdom lays nothing out.
function page(tops: Record<string, number>) {
	document.body.innerHTML = `<main>${Object.keys(tops)
		.map((id) => (id.includes('-') ? `<h3 id="${id}">${id}</h3>` : `<h2 id="${id}">${id}</h2>`))
		.join('')}</main>`;
	for (const [id, top] of Object.entries(tops))
		document.getElementById(id)!.getBoundingClientRect = () => ({ top }) as DOMRect;
}

describe('the section being read', () => {
	beforeEach(() => Object.defineProperty(window, 'scrollY', { value: 900, configurable: true }));
	afterEach(() => Object.defineProperty(window, 'scrollY', { value: 0, configurable: true }));

	const line = 800 / 3;
	it.each([
		[
			'the last heading above the line',
			{ intro: -400, summary: 20, 'summary-what': 90, 'summary-works': 200 },
			'',
			'summary-works'
		],
		[
			'the section a link led to, while its heading is on screen above the line',
			{ intro: -400, summary: 20, 'summary-what': 90, 'summary-works': 200 },
			'summary',
			'summary'
		],
		[
			'not once the reader has scrolled its heading off the screen',
			{ intro: -900, summary: -300, 'summary-what': -200, 'summary-works': 100 },
			'summary',
			'summary-works'
		],
		['nor when its heading is below the line', { intro: -400, risks: 20, summary: 500 }, 'summary', 'risks']
	])('%s', (_, tops, asked, expected) => {
		page(tops);
		expect(readingSection(document, line, asked)).toBe(expected);
	});

	it('is none at the top of the page', () => {
		page({ summary: 20 });
		Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
		expect(readingSection(document, line, 'summary')).toBe('');
	});
});
