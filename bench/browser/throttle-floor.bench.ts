import { test } from '@playwright/test';
import { throttle } from './throttle';

// What the 4× CPU throttle alone does to frame intervals on this machine, to read the scenes' figures
// against (scenes.bench.ts): a page with nothing but a requestAnimationFrame loop that keeps the main thread
// busy for a fixed time each frame (wall clock, as the throttled page lives it), and changes one style so that
// each frame is rendered. Chrome throttles by making the page's main thread spin (throttle.ts), so a frame can
// miss its vsync even when its work is a fraction of the 16.7 ms budget. The last column, the main thread's
// busy time a frame, is the one scenes.bench.ts prints for each scene. A benchmark: it prints figures and
// asserts nothing.

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

test('frame intervals of a page that only works N ms a frame, at 4× CPU throttle', async ({ browser }) => {
	test.setTimeout(120_000);
	const rows: string[] = [];
	for (const work_ms of [0, 1, 2, 4, 8]) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto('/404.html', { waitUntil: 'networkidle' });
		const meter = await throttle(context, page);
		const intervals: number[] = await page.evaluate(
			(work_ms) =>
				new Promise<number[]>((resolve) => {
					const times: number[] = [];
					const tick = (now: number) => {
						times.push(now);
						const start = performance.now();
						while (performance.now() - start < work_ms) {
							// the frame's work, in wall-clock time as the throttled page lives it
						}
						document.body.style.setProperty('--frame', String(times.length));
						if (now - times[0]! < 6000) requestAnimationFrame(tick);
						else resolve(times.slice(1).map((t, i) => t - times[i]!));
					};
					requestAnimationFrame(tick);
				}),
			work_ms
		);
		const busy_ms = await meter.perFrame(intervals.length + 1);
		await context.close();
		const sorted = [...intervals].sort((a, b) => a - b);
		rows.push(
			[
				`${work_ms} ms`.padEnd(10),
				String(intervals.length).padStart(7),
				percentile(sorted, 95).toFixed(1).padStart(7),
				(sorted.at(-1) ?? NaN).toFixed(1).padStart(7),
				String(intervals.filter((t) => t > 17).length).padStart(8),
				String(intervals.filter((t) => t > 33.5).length).padStart(8),
				busy_ms.toFixed(1).padStart(7)
			].join(' ')
		);
	}
	console.log(
		[
			'',
			'work/frame  frames  p95 ms  max ms  >1 vsync  >2 vsyncs  busy ms   (empty page, 4× CPU throttle, 6 s)',
			...rows,
			''
		].join('\n')
	);
});
