import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, type Page } from '@playwright/test';
import { builtSceneIds } from '../../tests/e2e/site';

// For each scene page: the JS it loads before its scene wakes and in all, and the frame intervals while
// the scene plays with the CPU throttled 4× (Chrome DevTools protocol), as a slow phone would run it.
// Targets (issue 4): p95 ≤ 17 ms and no frame over 50 ms; ≤ 45 KB gzip of JS before waking, ≤ 100 KB in all.
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

test('scene pages: JS before and after waking, frame intervals at 4× CPU throttle', async ({ browser }) => {
	test.setTimeout(240_000);
	const rows: string[] = [];
	for (const id of builtSceneIds()) {
		const path = `/fr/scenes/${id}/`;
		// a very short window keeps the figure out of reach, so the page loads without waking it
		const context = await browser.newContext({
			viewport: { width: 1280, height: 60 },
			reducedMotion: 'no-preference'
		});
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

		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.getByRole('button', { name: 'Lire', exact: true }).click();
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
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		await context.close();

		const sorted = [...intervals].sort((a, b) => a - b);
		rows.push(
			[
				id.padEnd(10),
				`${kb(beforeWake).padStart(6)}${asleep ? '' : '*'}`,
				kb(afterWake).padStart(7),
				String(intervals.length).padStart(7),
				percentile(sorted, 50).toFixed(1).padStart(7),
				percentile(sorted, 95).toFixed(1).padStart(7),
				(sorted.at(-1) ?? NaN).toFixed(1).padStart(7),
				String(intervals.filter((t) => t > 50).length).padStart(6)
			].join(' ')
		);
	}
	console.log(
		[
			'',
			'scene      JS gz KB before wake / all   frames  p50 ms  p95 ms  max ms  >50ms   (4× CPU throttle, 6 s of play)',
			...rows,
			'(* = the scene had already woken when measured)',
			''
		].join('\n')
	);
});
