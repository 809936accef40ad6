#!/usr/bin/env node
// Lighthouse (mobile: a mid-range phone on a slow 4G link, simulated) on the built site: for the home page,
// an article and a scene page, the performance score, LCP, total blocking time, layout shift and the
// render-blocking resources. Part of `npm run bench`: it prints, it does not pass or fail.
// Uses Debian's Chromium (or PLAYWRIGHT_CHROMIUM_PATH) and the static server the tests use.
// Each page is measured LIGHTHOUSE_RUNS times (5 by default) and the run with the median LCP is printed, with
// the range: the simulation multiplies the main-thread tasks it observed, so one run on a busy machine can
// move LCP by 300 ms (Lighthouse's own advice on variability: the median of five runs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = 4390;
const pages = ['/fr/', '/fr/glucopuncture/', '/fr/scenes/k2p/'];
const chromePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const runCount = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 5);
if (!existsSync('build/index.html')) throw new Error('Run `npm run build` first.');

const server = spawn('node', ['scripts/serve-static.js', '--dir', 'build', '--port', String(port)], {
	stdio: 'ignore'
});
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});

const rows = [];
try {
	for (const path of pages) {
		const runs = [];
		for (let run = 0; run < runCount; run++) {
			const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
				port: chrome.port,
				onlyCategories: ['performance'],
				logLevel: 'error'
			});
			runs.push(result.lhr);
		}
		const lcpOf = (lhr) => lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
		runs.sort((a, b) => lcpOf(a) - lcpOf(b));
		const median = runs[Math.floor(runs.length / 2)];
		const audits = median.audits;
		const blocking = audits['render-blocking-resources']?.details?.items ?? [];
		const ms = (id) => Math.round(audits[id]?.numericValue ?? NaN);
		rows.push(
			[
				path.padEnd(22),
				String(Math.round((median.categories.performance.score ?? 0) * 100)).padStart(5),
				String(ms('first-contentful-paint')).padStart(7),
				String(ms('largest-contentful-paint')).padStart(7),
				`${Math.round(lcpOf(runs[0]))}–${Math.round(lcpOf(runs.at(-1)))}`.padStart(10),
				String(ms('total-blocking-time')).padStart(6),
				(audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3).padStart(7),
				String(blocking.length).padStart(9),
				String(Math.round(audits['render-blocking-resources']?.metricSavings?.LCP ?? 0)).padStart(9),
				blocking.map((item) => new URL(item.url).pathname).join(' ')
			].join(' ')
		);
	}
} finally {
	await chrome.kill();
	server.kill();
}
console.log(
	[
		'',
		`Lighthouse 12, mobile (simulated slow 4G, 4× CPU), the median run of ${runCount} by LCP:`,
		'page                   score  FCP ms  LCP ms  LCP range TBT ms     CLS  blocking  saves ms  which',
		...rows,
		''
	].join('\n')
);
