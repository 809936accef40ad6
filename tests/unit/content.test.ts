import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '$content/glossary';
import { references } from '$content/references';
import { isEvidenceLevel } from '$lib/evidence/levels';
import { languages } from '$lib/i18n/languages';
import { pageKeys, pageSlugs } from '$lib/i18n/pages';
import { isSceneId } from '$lib/scenes/ids';

/** Every Markdown text of the site, as written (src/content/<lang>/<name>.md). */
const files = languages.flatMap((lang) =>
	readdirSync(join('src/content', lang))
		.filter((name) => name.endsWith('.md'))
		.map((name) => {
			const path = join('src/content', lang, name);
			return { lang, name, path, text: readFileSync(path, 'utf8') };
		})
);

const attributes = (text: string, tag: string, attribute: string) =>
	[...text.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]!);
const badges = (text: string) =>
	[...text.matchAll(/<EvidenceBadge\b[^>]*\blevel="([^"]*)"[^>]*>/g)].map((m) => m[1]!);

/** The text between one "## " heading and the next, with its heading. */
function sections(text: string) {
	return text
		.split(/^(?=## |<h2\b)/m)
		.slice(1)
		.map((section) => ({ heading: section.split('\n')[0]!, body: section }));
}

const articles = (['glucopuncture', 'hydrotomy'] as const).flatMap((key) =>
	languages.map((lang) => files.find((f) => f.lang === lang && f.name === `${pageSlugs[key][lang]}.md`)!)
);

describe('the Markdown content (src/content/{fr,en}/*.md)', () => {
	it('has been found', () => {
		expect(files.length).toBeGreaterThanOrEqual(10);
		expect(articles.every(Boolean)).toBe(true);
	});

	it.each(files.map((f) => [f.path, f] as const))('%s cites only references that exist', (_path, file) => {
		const known = new Set(references.map((r) => r.id));
		const cited = [
			...attributes(file.text, 'EvidenceBadge', 'refs'),
			...attributes(file.text, 'Cite', 'refs')
		].flatMap((refs) => refs.split(/\s+/).filter(Boolean));
		expect(cited.filter((id) => !known.has(id))).toEqual([]);
	});

	it.each(files.map((f) => [f.path, f] as const))(
		'%s uses only known evidence levels, glossary terms and pages',
		(_path, file) => {
			expect(badges(file.text).filter((level) => !isEvidenceLevel(level))).toEqual([]);
			const terms = new Set(glossary.map((entry) => entry.id));
			expect(attributes(file.text, 'Term', 'id').filter((id) => !terms.has(id))).toEqual([]);
			const pages = new Set<string>([...pageKeys, 'references', 'scenes']);
			expect(attributes(file.text, 'PageLink', 'to').filter((to) => !pages.has(to))).toEqual([]);
			expect(attributes(file.text, 'PageLink', 'scene').filter((id) => !isSceneId(id))).toEqual([]);
		}
	);

	it.each(files.map((f) => [f.path, f] as const))(
		'%s leaves nothing unfinished for the reader',
		(_path, file) => {
			expect(file.text).not.toMatch(/\b(TODO|TBD|FIXME|XXX|lorem ipsum|placeholder)\b/i);
			expect(file.text).toMatch(/^---\ntitle: .+\ndescription: .+\n---\n/);
		}
	);
});

describe('the two articles', () => {
	it.each(articles.map((f) => [f.path, f] as const))(
		'%s gives every h2 section at least one evidence badge with its references',
		(_path, file) => {
			const list = sections(file.text);
			expect(list.length).toBeGreaterThanOrEqual(8);
			const bare = list.filter((s) => badges(s.body).length === 0).map((s) => s.heading);
			expect(bare).toEqual([]);
			const withoutRefs = [...file.text.matchAll(/<EvidenceBadge\b[^>]*>/g)]
				.map((m) => m[0])
				.filter((tag) => !/\brefs="[^"\s][^"]*"/.test(tag));
			expect(withoutRefs).toEqual([]);
		}
	);

	it.each(['glucopuncture', 'hydrotomy'] as const)(
		'%s says the same in both languages: same sections, same badges in the same order',
		(key) => {
			const [fr, en] = languages.map((lang) =>
				files.find((f) => f.lang === lang && f.name === `${pageSlugs[key][lang]}.md`)!
			);
			expect(sections(en!.text).length).toBe(sections(fr!.text).length);
			expect(badges(en!.text)).toEqual(badges(fr!.text));
			expect(attributes(en!.text, 'EvidenceBadge', 'refs')).toEqual(
				attributes(fr!.text, 'EvidenceBadge', 'refs')
			);
			expect(attributes(en!.text, 'Cite', 'refs')).toEqual(attributes(fr!.text, 'Cite', 'refs'));
			expect(attributes(en!.text, 'Term', 'id').sort()).toEqual(attributes(fr!.text, 'Term', 'id').sort());
		}
	);

	it('use every level the evidence calls for, hypotheses included', () => {
		const used = new Set(articles.flatMap((f) => badges(f.text)));
		expect([...used].sort()).toEqual(['established', 'hypothesis', 'incorrect', 'trials', 'unsupported']);
	});
});
