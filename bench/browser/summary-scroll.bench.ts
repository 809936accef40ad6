import { test } from '@playwright/test';

// How far a patient on a phone scrolls, from the top of an article, to the answer of "does it work?",
// "what are the risks?" and "what should I ask?" (issue 14). A benchmark, not a test: it prints and asserts
// nothing. Run it against any build (the starting commit's included) by serving that build on E2E_PORT first:
//   node scripts/serve-static.js --dir <build> --port 4423 &
//   E2E_PORT=4423 npx playwright test --config playwright.bench.config.ts summary-scroll
// Distances are in screens of 844 px: 0 is the top of the page, 1.5 is halfway down the second screen.

const viewport = { width: 390, height: 844 };

/** Where an answer may be found, in the order a reader meets them; absent ones print "—". */
interface Probe {
	label: string;
	selector: string;
}
type Question = 'does it work' | 'risks' | 'what to ask' | 'contents';

const summaryCard = (topic: string): Probe => ({ label: 'card', selector: `#summary-${topic}` });
const section = (id: string): Probe => ({ label: 'section', selector: `[id="${id}"]` });
const text = (label: string, tag: string, words: string): Probe => ({
	label,
	selector: `article ${tag}:has-text("${words}")`
});
/** The table of contents, from which every section is one tap away. */
const tableOfContents: Probe = { label: 'table of contents', selector: 'nav[aria-labelledby="contents"]' };
/** A line of the list that used to open each article under "In short" / "En bref". */
const inShort = (heading: string, words: string): Probe => ({
	label: `old "${heading}" line`,
	selector: `article > h2:text-is("${heading}") + ul > li:has-text("${words}")`
});

const pages: { path: string; probes: Record<Question, Probe[]> }[] = [
	{
		path: '/en/hydrotomy/',
		probes: {
			'does it work': [
				summaryCard('works'),
				section('does-it-work'),
				inShort('In short', 'relieves pain has not been shown'),
				text('"no controlled trial" sentence', 'p', 'No controlled trial has shown that')
			],
			risks: [summaryCard('risks'), section('risks'), text('"The risks" heading', 'h2', 'The risks')],
			'what to ask': [
				summaryCard('ask'),
				section('questions'),
				text('old paragraph of questions', 'p', 'If you are offered this technique')
			],
			contents: [tableOfContents]
		}
	},
	{
		path: '/fr/hydrotomie/',
		probes: {
			'does it work': [
				summaryCard('works'),
				section('does-it-work'),
				inShort('En bref', 'soulage la douleur n’a pas été démontré'),
				text('"aucun essai contrôlé" sentence', 'p', 'Aucun essai contrôlé n’a montré')
			],
			risks: [summaryCard('risks'), section('risks'), text('"Les risques" heading', 'h2', 'Les risques')],
			'what to ask': [
				summaryCard('ask'),
				section('questions'),
				text('old paragraph of questions', 'p', 'Si l’on vous propose cette technique')
			],
			contents: [tableOfContents]
		}
	},
	{
		path: '/en/glucopuncture/',
		probes: {
			'does it work': [
				summaryCard('works'),
				section('does-it-work'),
				inShort('In short', 'What the trials suggest'),
				text('"What the trials show" heading', 'h2', 'What the trials show')
			],
			risks: [summaryCard('risks'), section('risks'), text('"The risks" heading', 'h2', 'The risks')],
			'what to ask': [
				summaryCard('ask'),
				section('questions'),
				text('old paragraph of questions', 'p', 'If you are offered these injections')
			],
			contents: [tableOfContents]
		}
	},
	{
		path: '/fr/glucopuncture/',
		probes: {
			'does it work': [
				summaryCard('works'),
				section('does-it-work'),
				inShort('En bref', 'Ce que suggèrent les essais'),
				text('"Ce que montrent les essais" heading', 'h2', 'Ce que montrent les essais')
			],
			risks: [summaryCard('risks'), section('risks'), text('"Les risques" heading', 'h2', 'Les risques')],
			'what to ask': [
				summaryCard('ask'),
				section('questions'),
				text('old paragraph of questions', 'p', 'Si l’on vous propose ces injections')
			],
			contents: [tableOfContents]
		}
	}
];

test.use({ viewport, locale: 'de-DE' });

test('scroll distance, in 390 × 844 screens, from the top of each article to its answers', async ({
	page
}) => {
	const rows: string[] = [];
	for (const { path, probes } of pages) {
		await page.goto(path, { waitUntil: 'networkidle' });
		const length = await page.evaluate(() => document.documentElement.scrollHeight);
		rows.push(`${path}  (${(length / viewport.height).toFixed(1)} screens long)`);
		for (const [question, list] of Object.entries(probes)) {
			const found: string[] = [];
			for (const { label, selector } of list) {
				const target = page.locator(selector).first();
				const top = (await target.count())
					? await target.evaluate((element) => element.getBoundingClientRect().top + window.scrollY)
					: undefined;
				found.push(`${label} ${top === undefined ? '—' : (top / viewport.height).toFixed(1)}`);
			}
			rows.push(`  ${question.padEnd(14)}${found.join(' · ')}`);
		}
	}
	console.log(['', ...rows, ''].join('\n'));
});
