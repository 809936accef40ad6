import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { pageKeys, pageSlugs, type PageKey } from '$lib/i18n/pages';

// Disclosure (issue 12, decision-aid standards): every page written for patients says when it was last
// reviewed and when its next review is due, in its front matter (`reviewed:` and `nextReview:`), and the
// page shows both (ContentPage.svelte). A new patient page (a handout-… sheet) is held to it as it is added.
const patientPages: (PageKey | 'home')[] = [
	'home',
	'glucopuncture',
	'hydrotomy',
	'choosing',
	...pageKeys.filter((key) => key.startsWith('handout-'))
];

const file = (key: PageKey | 'home', lang: (typeof languages)[number]) =>
	`src/content/${lang}/${key === 'home' ? 'home' : pageSlugs[key][lang]}.md`;

function frontMatter(text: string): Record<string, string> {
	const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
	return Object.fromEntries(
		block.split('\n').flatMap((line) => {
			const m = /^([A-Za-z]+): (.*)$/.exec(line);
			return m ? [[m[1]!, m[2]!.replace(/^'(.*)'$/, '$1')]] : [];
		})
	);
}

const isDay = (value: string | undefined) =>
	value !== undefined &&
	/^\d{4}-\d{2}-\d{2}$/.test(value) &&
	new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

describe('review dates of the pages written for patients', () => {
	it.each(patientPages.flatMap((key) => languages.map((lang) => [file(key, lang)] as const)))(
		'%s says when it was reviewed and when it will be again, within a year',
		(path) => {
			const meta = frontMatter(readFileSync(path, 'utf8'));
			expect(isDay(meta.reviewed), `reviewed: ${meta.reviewed}`).toBe(true);
			expect(isDay(meta.nextReview), `nextReview: ${meta.nextReview}`).toBe(true);
			const reviewed = Date.parse(meta.reviewed!);
			const next = Date.parse(meta.nextReview!);
			expect(next).toBeGreaterThan(reviewed);
			expect(next - reviewed).toBeLessThanOrEqual(366 * 24 * 3600 * 1000);
		}
	);

	it('are the same in both languages, since both are reviewed together', () => {
		for (const key of patientPages) {
			const [fr, en] = languages.map((lang) => frontMatter(readFileSync(file(key, lang), 'utf8')));
			expect([en!.reviewed, en!.nextReview], key).toEqual([fr!.reviewed, fr!.nextReview]);
		}
	});

	it('fail a page that lacks them', () => {
		expect(isDay(frontMatter('---\ntitle: T\ndescription: D\n---\n').reviewed)).toBe(false);
	});
});
