import { describe, expect, it } from 'vitest';
import { articleFigures, figuresIn } from '$lib/consultation/article-figures.server';
import { languages } from '$lib/i18n/languages';

describe('an article’s figures, as a consultation offers them', () => {
	it.each(languages)(
		'in %s: the glucopuncture article’s four, then the hydrotomy article’s two, in their order',
		(lang) => {
			expect(articleFigures('glucopuncture', lang)).toEqual(['trpv1', 'k2p', 'pump', 'hydrodissection']);
			expect(articleFigures('hydrotomy', lang)).toEqual(['needle-depth', 'cushion']);
		}
	);

	it('reads a figure once, in the order of its first appearance, and skips an id the site does not have', () => {
		const text =
			'<SceneStory id="k2p">…</SceneStory>\n<Scene id="trpv1" step="x" />\n<Scene id="k2p" />\n<Scene id="nope" />';
		expect(figuresIn(text)).toEqual(['k2p', 'trpv1']);
		expect(figuresIn('no figure here')).toEqual([]);
	});
});
