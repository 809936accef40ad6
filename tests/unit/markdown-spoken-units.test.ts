import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { articleLang, spokenArticleUnits } from '$lib/markdown/spoken-units.js';

// The rehype plugin that svelte.config.js gives mdsvex, run on a small page as the build runs it.
const page = async (body: string, filename = '/site/src/content/fr/page.md') =>
	(await compile(`---\ntitle: A page\n---\n\n${body}`, {
		extensions: ['.md'],
		rehypePlugins: [spokenArticleUnits],
		filename
	}))!.code;

describe('the articles’ units said in words (src/lib/markdown/spoken-units.js)', () => {
	it('reads the page’s language from where its file is', () => {
		expect(articleLang('/a/src/content/fr/glucopuncture.md')).toBe('fr');
		expect(articleLang('C:\\a\\src\\content\\en\\glucopuncture.md')).toBe('en');
		expect(articleLang('/a/src/routes/+page.md')).toBeNull();
		expect(articleLang(undefined)).toBeNull();
	});

	it('gives each blood-sugar value a twin said in words, hidden from the eye and left out of a copy', async () => {
		const code = (
			await page('La glycémie monterait d’au plus 0,067 g/L, soit 0,37 mmol/L ; en réalité, non.')
		)
			.replace(/\s+/g, ' ')
			.replace(/ >/g, '>');
		// the sentence stays as written around its values: a copied passage reads once, as seen
		expect(code).toContain(
			'La glycémie monterait d’au plus <span aria-hidden="true">0,067 g/L</span>' +
				'<span class="visually-hidden said">0,067 gramme par litre</span>, soit ' +
				'<span aria-hidden="true">0,37 mmol/L</span>' +
				'<span class="visually-hidden said">0,37 millimole par litre</span> ; en réalité, non.'
		);
	});

	it('says the units in the page’s language, inside emphasis too', async () => {
		const code = await page(
			'Blood sugar is **about 4 to 6 mmol/L**, outside 140 mM.',
			'/s/src/content/en/x.md'
		);
		expect(code).toMatch(/<strong>about 4 to <span aria-hidden="true">6 mmol\/L<\/span>/);
		expect(code).toMatch(/>6 millimoles per litre<\/span><\/strong>/);
		expect(code).toMatch(/>140 millimolar<\/span>\./);
	});

	it('leaves alone a sentence without a scaled unit, a heading, code and what a component renders', async () => {
		const code = await page(
			[
				'## Sugar at 5 mmol/L',
				'A 5 % solution, 20 mL.',
				'Written `5 mM` in code.',
				'<table><tr><td data-label="A">5 mM</td></tr></table>'
			].join('\n\n')
		);
		expect(code).not.toContain('visually-hidden');
	});

	it('changes nothing outside the articles', async () => {
		expect(await page('0,37 mmol/L', '/site/src/routes/page.md')).not.toContain('visually-hidden');
	});
});
