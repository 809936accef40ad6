/**
 * A new task: `scheduler.yield()` where the browser has it (the rest runs ahead of other queued work, so the
 * page still starts as soon as it can), else a `setTimeout(0)`. Between two such steps the browser paints
 * and answers a tap.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resume) => setTimeout(resume, 0));
}

/** Runs `run` on each item in the order given, one after the other, each in a task of its own. */
export async function onePerTask<T>(items: readonly T[], run: (item: T) => unknown): Promise<void> {
	for (let i = 0; i < items.length; i++) {
		if (i > 0) await nextTask();
		await run(items[i]!);
	}
}
