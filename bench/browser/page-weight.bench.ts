import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, type Page, type Response } from '@playwright/test';
import { prerenderedPages } from '../../tests/e2e/site';

// What each prerendered page makes a reader download before they touch anything: every script and
// stylesheet the browser fetched up to network idle, sized from build/ as raw bytes and gzip -9; and the
// JS it loads before any of its figures wakes (loaded again with no figure ever near the screen).
// A benchmark, not a test: it prints figures and asserts nothing. The budget: ≤ 45 KB of JS before a
// figure wakes, on every page (issues 9 and 11); the lab, whose page is its figure, ≤ 80 KB in all.

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

// de-DE: the welcome page stays put instead of sending the reader on
const locale = 'de-DE';

type Fetched = Map<string, 'script' | 'stylesheet'>;

/** The site's scripts and stylesheets a page fetches up to network idle. */
async function fetchedBy(page: Page, path: string, origin: string): Promise<Fetched> {
	const fetched: Fetched = new Map();
	const onResponse = (response: Response) => {
		const type = response.request().resourceType();
		if ((type === 'script' || type === 'stylesheet') && response.url().startsWith(origin)) {
			fetched.set(new URL(response.url()).pathname, type);
		}
	};
	page.on('response', onResponse);
	await page.goto(path, { waitUntil: 'networkidle' });
	page.off('response', onResponse);
	await page.goto('about:blank');
	return fetched;
}

function sizes(fetched: Fetched, type: 'script' | 'stylesheet') {
	const total = { raw: 0, gzip: 0, files: 0 };
	for (const [file, kind] of fetched) {
		if (kind !== type) continue;
		const bytes = readFileSync(`build${decodeURIComponent(file)}`);
		total.raw += bytes.length;
		total.gzip += gzipSync(bytes, { level: 9 }).length;
		total.files += 1;
	}
	return total;
}

test('JS and CSS loaded by each page before any interaction, and JS before a figure wakes', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const rows: string[] = [];
	const origin = new URL(baseURL!).origin;
	const page = await browser.newPage({ locale });
	// a page where no figure ever comes near the screen: what it loads before any of them wakes
	const asleep = await browser.newPage({ locale });
	await asleep.addInitScript(() => {
		window.IntersectionObserver = class {
			observe() {}
			unobserve() {}
			disconnect() {}
			takeRecords() {
				return [];
			}
		} as unknown as typeof IntersectionObserver;
	});
	for (const { path } of [...prerenderedPages(), { path: '/fr/nope/' }]) {
		const all = await fetchedBy(page, path, origin);
		const beforeWake = sizes(await fetchedBy(asleep, path, origin), 'script');
		const js = sizes(all, 'script');
		const css = sizes(all, 'stylesheet');
		const label = path === '/fr/nope/' ? '404.html' : path;
		rows.push(
			`${label.padEnd(28)}${String(js.files).padStart(4)}${kb(js.raw)}${kb(js.gzip)}${kb(beforeWake.gzip)}` +
				`${String(css.files).padStart(6)}${kb(css.raw)}${kb(css.gzip)}`
		);
	}
	console.log(
		[
			'',
			'page                         JS: files   KB  KB gz  before wake   CSS: files  KB  KB gz',
			...rows,
			'(KB = 1024 bytes; gz = gzip -9 of the files in build/; "before wake": gz, no figure near the screen)',
			''
		].join('\n')
	);
});
