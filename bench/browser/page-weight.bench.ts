import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test } from '@playwright/test';
import { prerenderedPages } from '../../tests/e2e/site';

// What each prerendered page makes a reader download before they touch anything: every script and
// stylesheet the browser fetched up to network idle, sized from build/ as raw bytes and gzip -9.
// A benchmark, not a test: it prints figures and asserts nothing. The target for a home page is ≤ 45 KB of JS.

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

test.use({ locale: 'de-DE' }); // the welcome page stays put instead of sending the reader on

test('JS and CSS loaded by each page before any interaction', async ({ page, baseURL }) => {
	const rows: string[] = [];
	const origin = new URL(baseURL!).origin;
	for (const { path } of [...prerenderedPages(), { path: '/fr/nope/' }]) {
		const fetched = new Map<string, 'script' | 'stylesheet'>();
		const onResponse = (response: import('@playwright/test').Response) => {
			const type = response.request().resourceType();
			if ((type === 'script' || type === 'stylesheet') && response.url().startsWith(origin)) {
				fetched.set(new URL(response.url()).pathname, type);
			}
		};
		page.on('response', onResponse);
		await page.goto(path, { waitUntil: 'networkidle' });
		page.off('response', onResponse);

		const total = { script: { raw: 0, gzip: 0, files: 0 }, stylesheet: { raw: 0, gzip: 0, files: 0 } };
		for (const [file, type] of fetched) {
			const bytes = readFileSync(`build${decodeURIComponent(file)}`);
			total[type].raw += bytes.length;
			total[type].gzip += gzipSync(bytes, { level: 9 }).length;
			total[type].files += 1;
		}
		const label = path === '/fr/nope/' ? '404.html' : path;
		rows.push(
			`${label.padEnd(22)}${String(total.script.files).padStart(4)}${kb(total.script.raw)}${kb(total.script.gzip)}` +
				`${String(total.stylesheet.files).padStart(6)}${kb(total.stylesheet.raw)}${kb(total.stylesheet.gzip)}`
		);
		await page.goto('about:blank');
	}
	console.log(
		[
			'',
			'page                   JS: files   KB  KB gz   CSS: files  KB  KB gz',
			...rows,
			'(KB = 1024 bytes; gz = gzip -9 of the files in build/)',
			''
		].join('\n')
	);
});
