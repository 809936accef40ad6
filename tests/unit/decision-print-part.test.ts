import { describe, expect, it } from 'vitest';
import { keptForPart, type Block } from '$lib/decision/print-part';

// The choosing page as its article's blocks: a part is a heading and what follows it, up to the next
// heading of the same rank or higher.
const page: Block[] = [
	{ tagName: 'SITE-ISLAND', id: '', isStamp: true },
	{ tagName: 'H1', id: 'title' },
	{ tagName: 'P', id: '' },
	{ tagName: 'H2', id: 'carpal-tunnel' },
	{ tagName: 'SITE-ISLAND', id: '' },
	{ tagName: 'DIV', id: '' },
	{ tagName: 'H3', id: 'carpal-tunnel-numbers' },
	{ tagName: 'P', id: '' },
	{ tagName: 'H2', id: 'muscle-tendon-back' },
	{ tagName: 'DIV', id: '' },
	{ tagName: 'H2', id: 'what-matters' },
	{ tagName: 'P', id: '' }
];
const kept = (id: string) => [...keptForPart(page, id)].map((block) => page.indexOf(block));

describe('printing one part of the choosing page', () => {
	it('keeps the part, its subsections, the title and the date line, and nothing else', () => {
		expect(kept('carpal-tunnel')).toEqual([0, 1, 3, 4, 5, 6, 7]);
	});

	it('ends the last condition at the next section', () => {
		expect(kept('muscle-tendon-back')).toEqual([0, 1, 8, 9]);
	});

	it('keeps a subsection alone, up to the next heading of its rank or higher', () => {
		expect(kept('carpal-tunnel-numbers')).toEqual([0, 1, 6, 7]);
	});

	it('keeps every block for an id that names no heading: the whole page prints', () => {
		expect(kept('nowhere')).toHaveLength(page.length);
		expect(kept('')).toHaveLength(page.length);
	});
});
