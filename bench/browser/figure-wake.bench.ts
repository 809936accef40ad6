import { test, type Browser } from '@playwright/test';
import { throttle } from './throttle';

// A figure waking in an article on a phone-sized screen, CPU throttled 4× (throttle.ts): the longest
// main-thread task from the moment it is scrolled into view until shortly after it is live. The wake was
// one task of 350–450 ms (slowphone review, D1); it is now drawn a part a task (staged-mount.svelte.ts).
// Each case is measured ROUNDS times (3 unless BENCH_ROUNDS says), each round printed, in a fresh page.
// A benchmark: it prints figures and asserts nothing.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const cases = [
	{ path: '/fr/glucopuncture/', scene: 'trpv1' },
	{ path: '/fr/glucopuncture/', scene: 'pump' },
	{ path: '/fr/hydrotomie/', scene: 'cushion' }
];

/** the longest task (wall-clock ms, as a tap waits behind it) while `scene` wakes */
async function longestTask(browser: Browser, path: string, scene: string): Promise<number> {
	const context = await browser.newContext({
		viewport: { width: 412, height: 915 },
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'block'
	});
	await context.addInitScript(() => {
		const tasks: [number, number][] = [];
		(window as unknown as { tasks: typeof tasks }).tasks = tasks;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
		}).observe({ type: 'longtask', buffered: true });
	});
	const page = await context.newPage();
	await page.goto(path, { waitUntil: 'networkidle' });
	await throttle(context, page);
	const figure = page.locator(`figure.scene[data-scene="${scene}"]`);
	const from = await figure.evaluate((element) => {
		element.scrollIntoView({ block: 'start' });
		return performance.now();
	});
	await page.locator(`figure.scene[data-scene="${scene}"][data-awake="true"]`).waitFor({ timeout: 60_000 });
	// the tasks just after the swap (effects, the first paint of the live figure) count too
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
	const longest = await page.evaluate(
		(since) =>
			Math.max(
				0,
				...(window as unknown as { tasks: [number, number][] }).tasks
					.filter(([start]) => start >= since)
					.map(([, duration]) => duration)
			),
		from
	);
	await context.close();
	return longest;
}

test('a figure waking in an article: the longest task at 4× CPU throttle', async ({ browser }) => {
	test.setTimeout(60_000 + ROUNDS * cases.length * 30_000);
	const rows: string[] = [];
	for (const { path, scene } of cases) {
		const rounds: string[] = [];
		for (let r = 0; r < ROUNDS; r++)
			rounds.push(`${Math.round(await longestTask(browser, path, scene))}`.padStart(10));
		rows.push([`${scene} (${path})`.padEnd(28), ...rounds].join(' '));
	}
	console.log(
		[
			'',
			'4× CPU throttle, 412×915: the longest main-thread task (ms) from scrolling the figure into view to 0.5 s after it is live',
			`figure                       ${Array.from({ length: ROUNDS }, (_, r) => `round ${r + 1}`.padStart(10)).join(' ')}`,
			...rows,
			''
		].join('\n')
	);
});
