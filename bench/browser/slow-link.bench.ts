import { test } from '@playwright/test';

// How long a reader on a phone's slow link waits: first paint, the page started (its buttons, forms and keys
// work: html[data-hydrated]) and its first figure awake, on a 1.6 Mbit/s link with 150 ms of latency (Chrome's
// "Slow 4G" is close), median of three cold loads. The islands' code is asked for in waves (a module's
// imports are only known once it has arrived): each wave costs a round trip here. A benchmark, not a test:
// it prints figures and asserts nothing.

const pages = ['/fr/scenes/pump/', '/fr/consultation/patient/?s=pump.k2p', '/fr/choisir/', '/en/lab/'];
const runs = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—').padStart(8);

test('time to first paint, to a started page and to an awake figure on a slow link', async ({ browser }) => {
	test.setTimeout(240_000);
	const rows: string[] = [];
	for (const path of pages) {
		const times = { paint: [] as number[], started: [] as number[], awake: [] as number[] };
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: 150,
				downloadThroughput: 1.6e6 / 8,
				uploadThroughput: 750e3 / 8
			});
			const start = Date.now();
			await page.goto(path);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });
			times.started.push(Date.now() - start);
			const figure = page.locator('[data-awake="true"]').first();
			const hasFigure = (await page.locator('[data-awake]').count()) > 0;
			if (hasFigure) await figure.waitFor({ state: 'attached', timeout: 30_000 });
			times.awake.push(hasFigure ? Date.now() - start : NaN);
			times.paint.push(
				await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)
			);
			await context.close();
		}
		rows.push(
			`${path.padEnd(40)}${ms(median(times.paint))}${ms(median(times.started))}${ms(median(times.awake))}`
		);
	}
	console.log(
		`\nSlow link (1.6 Mbit/s, 150 ms), median of ${runs}\n${'page'.padEnd(40)}   paint started   awake\n${rows.join('\n')}`
	);
});
