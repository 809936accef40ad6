import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '$content/glossary';
import { references } from '$content/references';
import { isEvidenceLevel } from '$lib/evidence/levels';
import { languages } from '$lib/i18n/languages';
import { pageKeys, pageSlugs } from '$lib/i18n/pages';
import { isSceneId } from '$lib/scenes/ids';
import { splitHeadingId } from '$lib/markdown/heading-ids.js';
import { looseUnits } from './text/loose-units';

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

/** Every Markdown heading of a text, with its level and the {#id} written after it (heading-ids.js). */
const headings = (text: string) =>
	[...text.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => ({ depth: m[1]!.length, ...splitHeadingId(m[2]!) }));
const headingIds = (text: string) => headings(text).map((h) => h.id);

/** The summary cards at the top of an article: <SummaryCard topic="…" section="…"> … </SummaryCard>. */
const summaryCards = (text: string) =>
	[...text.matchAll(/<SummaryCard topic="([^"]*)" section="([^"]*)">([\s\S]*?)<\/SummaryCard>/g)].map(
		(m) => ({
			topic: m[1]!,
			section: m[2]!,
			body: m[3]!
		})
	);

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
			const pages = new Set<string>([...pageKeys, 'references', 'consultation', 'scenes']);
			expect(attributes(file.text, 'PageLink', 'to').filter((to) => !pages.has(to))).toEqual([]);
			expect(attributes(file.text, 'PageLink', 'scene').filter((id) => !isSceneId(id))).toEqual([]);
		}
	);

	it.each(files.map((f) => [f.path, f] as const))(
		'%s names only steps its figures have (a wrong one would open the figure at its first step, silently)',
		(_path, file) => {
			const stepsOf = (id: string): string[] =>
				isSceneId(id)
					? Object.keys(JSON.parse(readFileSync(`src/lib/scenes/${id}/steps.json`, 'utf8')) as object)
					: [];
			const wrong: string[] = [];
			// <Scene id="k2p" step="hyperpolarised" />
			for (const [tag] of file.text.matchAll(/<Scene\b[^>]*>/g)) {
				const id = tag.match(/\bid="([^"]*)"/)?.[1] ?? '';
				const step = tag.match(/\bstep="([^"]*)"/)?.[1];
				if (step !== undefined && !stepsOf(id).includes(step))
					wrong.push(`<Scene id="${id}" step="${step}">`);
			}
			// <SceneStory id="trpv1"> … <StoryStep step="at-rest"> … </SceneStory>
			for (const [, id, body] of file.text.matchAll(
				/<SceneStory\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/SceneStory>/g
			))
				for (const step of attributes(body!, 'StoryStep', 'step'))
					if (!stepsOf(id!).includes(step))
						wrong.push(`<StoryStep step="${step}"> in <SceneStory id="${id}">`);
			expect(wrong, 'steps that are not in the scene’s steps.json').toEqual([]);
			// every <StoryStep> stands inside a <SceneStory>: outside one, nothing would check its step
			expect(
				attributes(file.text.replace(/<SceneStory\b[\s\S]*?<\/SceneStory>/g, ''), 'StoryStep', 'step')
			).toEqual([]);
		}
	);

	it.each(files.filter((f) => f.lang === 'fr').map((f) => [f.path, f] as const))(
		'%s keeps French punctuation with its word (a no-break space before : ; ! ? » and after «), and a number with its unit',
		(_path, file) => {
			// a plain space there lets a line break before the colon: "Hypothèse 3" / ": des nerfs…"
			expect(file.text.match(/.{0,24}(?: [:;?»]| !(?!\[)|« ).{0,12}/g) ?? []).toEqual([]);
			// and a number keeps its unit: "20 mL" on one line
			expect(looseUnits(file.text, 'fr')).toEqual([]);
		}
	);

	it.each(files.filter((f) => f.lang === 'en').map((f) => [f.path, f] as const))(
		'%s keeps a number with its unit or its span of time (a no-break space: "6\u00a0months")',
		(_path, file) => {
			expect(looseUnits(file.text, 'en')).toEqual([]);
		}
	);

	it.each(files.map((f) => [f.path, f] as const))(
		'%s writes emphasis inside a component in HTML, which mdsvex leaves as it is',
		(_path, file) => {
			// "<PageLink …>**TRPV1 channels**</PageLink>" showed its asterisks on the home page
			const markdownInComponent = /<[A-Z]\w*\b[^>]*[^/]>[^<]*(?:\*\*|__|(?<![\w*])\*(?=\S))[^<]*<\/[A-Z]/g;
			expect(file.text.match(markdownInComponent) ?? []).toEqual([]);
		}
	);

	it.each(files.map((f) => [f.path, f] as const))(
		'%s leaves nothing unfinished for the reader',
		(_path, file) => {
			expect(file.text).not.toMatch(/\b(TODO|TBD|FIXME|XXX|lorem ipsum|placeholder)\b/i);
			expect(file.text).toMatch(/^---\ntitle: .+\ndescription: .+\n(?:[a-zA-Z]+: .+\n)*---\n/);
		}
	);
});

describe('the home page', () => {
	it('gives the promoters their idea, the washout, marked not supported, and the cushion model to the site', () => {
		const en = readFileSync('src/content/en/home.md', 'utf8');
		const fr = readFileSync('src/content/fr/home.md', 'utf8');
		expect(en).not.toMatch(/hypothesis of the method's promoters/);
		expect(fr).not.toMatch(/une hypothèse des promoteurs/);
		expect(en).toMatch(
			/a model of the inflammatory mediators it dilutes for a few hours, set against the proponents’ idea that it “washes them out” \(not supported\)/
		);
		expect(fr).toMatch(
			/face à l’idée des promoteurs de la méthode qu’il les «\u00a0lave\u00a0» \(non démontrée\)/
		);
	});
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

describe('the top of the two articles: summary cards, contents, headings with ids', () => {
	it.each(articles.map((f) => [f.path, f] as const))(
		'%s gives every heading an id, each once, none of them taken by the summary or the contents',
		(_path, file) => {
			const list = headings(file.text);
			expect(list.filter((h) => h.id === undefined).map((h) => h.text)).toEqual([]);
			const ids = list.map((h) => h.id!);
			expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
			// SummaryCards and TableOfContents give their own headings these ids
			expect(ids.filter((id) => /^(summary|contents)(-|$)/.test(id))).toEqual([]);
		}
	);

	it.each(['glucopuncture', 'hydrotomy'] as const)(
		'%s has the same heading ids in the same order in both languages, so the language switch keeps the section',
		(key) => {
			const [fr, en] = languages.map((lang) =>
				files.find((f) => f.lang === lang && f.name === `${pageSlugs[key][lang]}.md`)!
			);
			expect(headingIds(en!.text)).toEqual(headingIds(fr!.text));
		}
	);

	it.each(articles.map((f) => [f.path, f] as const))(
		'%s opens with four cards (what it is, does it work, the risks, what to ask), each with a badge and leading to a section',
		(_path, file) => {
			const cards = summaryCards(file.text);
			expect(cards.map((c) => c.topic)).toEqual(['what', 'works', 'risks', 'ask']);
			const sectionIds = headings(file.text)
				.filter((h) => h.depth === 2)
				.map((h) => h.id);
			expect(cards.filter((c) => !sectionIds.includes(c.section)).map((c) => c.section)).toEqual([]);
			expect(cards.filter((c) => badges(c.body).length === 0).map((c) => c.topic)).toEqual([]);
			// the answers, the risks and the questions each have a section of their own
			expect(cards.slice(1).map((c) => c.section)).toEqual(['does-it-work', 'risks', 'questions']);
		}
	);

	it.each(articles.map((f) => [f.path, f] as const))(
		'%s puts the cards, then the table of contents, between its title and its first section',
		(_path, file) => {
			const title = file.text.search(/^# /m);
			const cards = file.text.indexOf('<SummaryCards sections={metadata.sections}>');
			const contents = file.text.indexOf('<TableOfContents sections={metadata.sections} />');
			const firstSection = file.text.search(/^## /m);
			expect(title).toBeGreaterThan(0);
			expect([title < cards, cards < contents, contents < firstSection]).toEqual([true, true, true]);
		}
	);
});
