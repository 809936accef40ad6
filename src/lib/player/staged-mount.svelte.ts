import { untrack } from 'svelte';

/**
 * A live figure drawn in parts, one task each, while its still frame stays on screen (Scene.island.svelte):
 * on a slow phone its first render as one task froze the page for 350–450 ms, and a tap waited that long.
 * `shown` counts the parts drawn: all of them at once without `onready` (a figure nothing waits for), else
 * the first now and one more after each yield to the browser, which answers input in between. A task after
 * the last it is `whole` and tells `onready`, and the caller swaps the still frame for the live one then.
 */
export function stagedMount(
	parts: number,
	onready?: () => void
): { readonly shown: number; readonly whole: boolean } {
	let shown = $state(onready ? 0 : parts);
	let whole = $state(!onready);
	$effect(() => {
		if (!onready) return;
		let stopped = false;
		// (read in the loop, not followed: the effect runs once)
		void untrack(async () => {
			while (shown < parts) {
				await nextTask();
				if (stopped) return;
				shown += 1;
			}
			await nextTask();
			if (stopped) return;
			whole = true;
			onready();
		});
		return () => (stopped = true);
	});
	return {
		get shown() {
			return shown;
		},
		get whole() {
			return whole;
		}
	};
}

interface Scheduler {
	yield?: () => Promise<void>;
}

/** Resolves in a later task: scheduler.yield() where the browser has it (it comes back first), else a message. */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
