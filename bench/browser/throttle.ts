import type { BrowserContext, Page } from '@playwright/test';

/**
 * The 4× CPU throttle of the frame benches, and a meter of the main thread's busy time under it.
 *
 * How Chrome throttles (blink's thread_cpu_throttler.cc): a helper thread signals the renderer's main
 * thread every few hundred microseconds, and the signal handler *spins* for three times as long as the
 * thread ran since the last signal, idle or not. So at 4× the main thread keeps about three quarters of a
 * core busy whatever the page does: on this two-core machine the compositor, the raster and display
 * threads, the browser and the test runner share what is left, which a phone four times slower, with its
 * own cores for them, does not have to. The meter reads that busy time as the page lives it
 * (Performance.getMetrics' TaskDuration: the wall-clock time of its tasks, stretched by the spin), so a scene's frames and the empty
 * page's frames of throttle-floor.bench.ts compare like with like.
 */
export const THROTTLE_RATE = 4;

export interface MainThreadMeter {
	/** the main thread's busy time a frame since the throttle began, ms */
	perFrame(frames: number): Promise<number>;
}

/** throttles `page`'s CPU and starts the meter */
export async function throttle(context: BrowserContext, page: Page): Promise<MainThreadMeter> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const busy_s = async () =>
		(await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')
			?.value ?? NaN;
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE_RATE });
	const start = await busy_s();
	return { perFrame: async (frames) => (((await busy_s()) - start) * 1000) / frames };
}
