import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, type Browser, type Page } from '@playwright/test';
import { builtSceneIds } from '../../tests/e2e/site';
import { throttle } from './throttle';

// For each scene page: the JS it loads before its scene wakes and in all, and the frame intervals while
// the scene plays with the CPU throttled 4× (Chrome DevTools protocol), as a slow phone would run it.
// Targets (issue 9): p95 ≤ 16.7 ms and no frame over 33 ms; ≤ 45 KB gzip of JS before waking.
// Frame intervals come in whole vsyncs (16.7, 33.3, 50 ms …) and vary from run to run on a shared machine
// as much as between scenes (throttle-floor.bench.ts shows the throttle's own share): each scene plays
// ROUNDS times (3 unless BENCH_ROUNDS says), each round printed, in a fresh page.
// The offline worker is blocked there, as in the end-to-end tests (playwright.config.ts): on a first visit
// it copies the whole site (some 270 files) in the seconds after the page loads, and from this server on the
// same two cores that copy took the cores just as Play was pressed. One more row plays the cushion on such a
// first visit, the worker allowed, to show what the install costs apart from what the figure costs.
// A benchmark: it prints figures and asserts nothing.

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function trackScripts(page: Page): Map<string, number> {
	const scripts = new Map<string, number>();
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		const file = new URL(response.url()).pathname;
		scripts.set(file, gzipSync(readFileSync(`build${decodeURIComponent(file)}`), { level: 9 }).length);
	});
	return scripts;
}

const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((a, b) => a + b, 0);

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const VSYNC_ms = 1000 / 60;
/** how long a hand holds a button down when it clicks, ms */
const PRESS_ms = 100;

/**
 * The intervals between frames while the scene plays for 6 s, CPU throttled 4×, in a fresh page; with
 * `firstVisit`, the offline worker registers and copies the site meanwhile, as on a reader's first visit.
 */
async function playedFrames(
	browser: Browser,
	path: string,
	{ firstVisit = false } = {}
): Promise<{ intervals: number[]; busy_ms: number }> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		reducedMotion: 'no-preference',
		serviceWorkers: firstVisit ? 'allow' : 'block'
	});
	const page = await context.newPage();
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.locator('figure.scene').scrollIntoViewIfNeeded();
	await page.locator('figure.scene[data-awake="true"]').waitFor();
	await page.waitForLoadState('networkidle');
	const meter = await throttle(context, page);
	// pressed as a hand presses, a tenth of a second between down and up (a click at once is no reader's):
	// the figure readies its moving layer on the press (lift-when-moving.svelte.ts), and plays at the up
	await page.getByRole('button', { name: 'Lire', exact: true }).click({ delay: PRESS_ms });
	const intervals: number[] = await page.evaluate(
		() =>
			new Promise<number[]>((resolve) => {
				const times: number[] = [];
				const tick = (now: number) => {
					times.push(now);
					if (now - times[0]! < 6000) requestAnimationFrame(tick);
					else resolve(times.slice(1).map((t, i) => t - times[i]!));
				};
				requestAnimationFrame(tick);
			})
	);
	const busy_ms = await meter.perFrame(intervals.length + 1);
	await context.close();
	return { intervals, busy_ms };
}

/** How many frames came `vsyncs` or more vsyncs late (intervals come in whole vsyncs, give or take 0.1 ms). */
const lateBy = (intervals: number[], vsyncs: number) =>
	intervals.filter((t) => t > (vsyncs + 0.5) * VSYNC_ms).length;

/**
 * Issue 9's line, "p95 ≤ 16.7 ms and no frame over 33 ms", read in whole vsyncs: the p95 frame on time, and no
 * frame two or more vsyncs late (50 ms or more). A frame one vsync late lasts 33.3 ms; were it "over 33 ms",
 * every frame would have to be on time and the p95 would have nothing left to allow.
 */
const meetsLine = (intervals: number[]) =>
	percentile(
		[...intervals].sort((a, b) => a - b),
		95
	) <
		1.5 * VSYNC_ms && lateBy(intervals, 2) === 0;

/**
 * one round: p95 / longest frame, how many frames came one vsync late and two or more late, and the main
 * thread's busy time a frame
 */
function round({ intervals, busy_ms }: { intervals: number[]; busy_ms: number }): string {
	const sorted = [...intervals].sort((a, b) => a - b);
	const [late, later] = [lateBy(intervals, 1), lateBy(intervals, 2)];
	return `${percentile(sorted, 95).toFixed(1)}/${(sorted.at(-1) ?? NaN).toFixed(1)} ${late - later}+${later} ${busy_ms.toFixed(1)}`.padStart(
		22
	);
}

/** ROUNDS rounds of `path`, each in a fresh page, and how many of them meet issue 9's line */
async function rounds(browser: Browser, path: string, options?: { firstVisit: boolean }): Promise<string[]> {
	const out: string[] = [];
	let met = 0;
	for (let r = 0; r < ROUNDS; r++) {
		const played = await playedFrames(browser, path, options);
		out.push(round(played));
		if (meetsLine(played.intervals)) met++;
	}
	return [...out, `${met}/${ROUNDS}`.padStart(6)];
}

test('scene pages: JS before and after waking, frame intervals at 4× CPU throttle', async ({ browser }) => {
	test.setTimeout(120_000 + ROUNDS * 80_000); // six scenes and the first visit, ~10 s a round
	const rows: string[] = [];
	for (const id of builtSceneIds()) {
		const path = `/fr/scenes/${id}/`;
		// a very short window keeps the figure out of reach, so the page loads without waking it
		const context = await browser.newContext({ viewport: { width: 1280, height: 60 } });
		const page = await context.newPage();
		const scripts = trackScripts(page);
		await page.goto(path, { waitUntil: 'networkidle' });
		const asleep = await page.locator('figure.scene[data-awake="false"]').count();
		const beforeWake = total(scripts);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.locator('figure.scene').scrollIntoViewIfNeeded();
		await page.locator('figure.scene[data-awake="true"]').waitFor();
		await page.waitForLoadState('networkidle');
		const afterWake = total(scripts);
		await context.close();

		rows.push(
			[
				id.padEnd(16),
				`${kb(beforeWake).padStart(6)}${asleep ? ' ' : '*'}`,
				kb(afterWake).padStart(6),
				...(await rounds(browser, path))
			].join(' ')
		);
	}
	const firstVisit = await rounds(browser, '/fr/scenes/cushion/', { firstVisit: true });
	rows.push(['cushion, 1st'.padEnd(16), ''.padStart(14), ...firstVisit].join(' '));
	console.log(
		[
			'',
			`4× CPU throttle, 6 s of play a round; each round: p95 ms / longest frame ms, frames 1 vsync late + 2 or more late, main thread busy ms a frame (throttle.ts)`,
			`scene            JS gz KB before wake / all   ${Array.from({ length: ROUNDS }, (_, r) => `round ${r + 1}`.padStart(22)).join(' ')}    met`,
			...rows,
			'(* = the scene had already woken when measured; "cushion, 1st": played on a first visit, as the offline worker copies the site;',
			" met: rounds with the p95 frame on time and none two or more vsyncs late, issue 9's line read in vsyncs, see meetsLine)",
			''
		].join('\n')
	);
});
