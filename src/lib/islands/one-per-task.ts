/**
 * Runs `run` on each item in the order given, one after the other, each in a task of its own: between two, the
 * browser paints and answers a tap. (A plain timeout: `scheduler.yield` would put the rest ahead of other
 * queued work, at a cost in bytes the choosing page, near its script budget, is better without.)
 */
export async function onePerTask<T>(items: readonly T[], run: (item: T) => unknown): Promise<void> {
	for (let i = 0; i < items.length; i++) {
		if (i > 0) await new Promise((resume) => setTimeout(resume));
		await run(items[i]!);
	}
}
