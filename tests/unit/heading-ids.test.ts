import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { headingIds, splitHeadingId } from '$lib/markdown/heading-ids.js';

// The remark plugin that svelte.config.js gives mdsvex, run on a small page as the build runs it.
const page = (body: string) => compile(`---\ntitle: A page\n---\n\n${body}`, { remarkPlugins: [headingIds] });

describe('heading ids (src/lib/markdown/heading-ids.js)', () => {
	it('reads the id written after a heading', () => {
		expect(splitHeadingId('The risks {#risks}')).toEqual({ text: 'The risks', id: 'risks' });
		expect(splitHeadingId('Does it work? {#does-it-work}')).toEqual({
			text: 'Does it work?',
			id: 'does-it-work'
		});
		expect(splitHeadingId('No id here')).toEqual({ text: 'No id here', id: undefined });
		// not an id: capitals, spaces, or text after it
		expect(splitHeadingId('Odd {#Risks}').id).toBeUndefined();
		expect(splitHeadingId('Odd {#two words}').id).toBeUndefined();
		expect(splitHeadingId('Odd {#risks} later').id).toBeUndefined();
	});

	it('puts the id on the heading and leaves it out of the words', async () => {
		const out = await page(
			'# The title {#title}\n\n## The *real* risks {#risks}\n\nText.\n\n### A detail {#detail}\n'
		);
		expect(out?.code).toContain('<h1 id="title">The title</h1>');
		expect(out?.code).toContain('<h2 id="risks">The <em>real</em> risks</h2>');
		expect(out?.code).toContain('<h3 id="detail">A detail</h3>');
		expect(out?.code).not.toContain('{#');
	});

	it('lists the page’s ## sections in its metadata, in order, for the table of contents', async () => {
		const out = await page(
			'# Title {#title}\n\n## One {#one}\n\n### Under one {#under}\n\n## Two “quoted” {#two}\n'
		);
		const metadata = JSON.parse(/export const metadata = (\{.*\});/.exec(out!.code)![1]!);
		expect(metadata.sections).toEqual([
			{ id: 'one', title: 'One' },
			{ id: 'two', title: 'Two “quoted”' }
		]);
		expect(metadata.title).toBe('A page');
	});

	it('leaves a heading without an id as it was', async () => {
		const out = await page('## Plain heading\n');
		expect(out?.code).toContain('<h2>Plain heading</h2>');
	});

	it('fails the build when a page uses the same id twice', async () => {
		await expect(page('## One {#same}\n\n## Two {#same}\n')).rejects.toThrow(/"same" is used twice/);
	});
});
