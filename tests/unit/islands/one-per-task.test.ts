import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask, onePerTask } from '$lib/islands/one-per-task';

const microtasks = async () => {
	for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('onePerTask', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('runs each item in the order given, the next only in a later task', async () => {
		vi.stubGlobal('scheduler', undefined);
		const ran: string[] = [];
		const done = onePerTask(['header', 'badge 1', 'badge 2'], (item) => void ran.push(item));
		expect(ran).toEqual(['header']);
		await microtasks();
		expect(ran).toEqual(['header']);
		await new Promise((resume) => setTimeout(resume, 0));
		expect(ran).toEqual(['header', 'badge 1']);
		await done;
		expect(ran).toEqual(['header', 'badge 1', 'badge 2']);
	});

	it('waits for an item that is asynchronous before the next', async () => {
		const ran: string[] = [];
		await onePerTask([1, 2], async (item) => {
			ran.push(`start ${item}`);
			await new Promise((resume) => setTimeout(resume, 0));
			ran.push(`end ${item}`);
		});
		expect(ran).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
	});
});

describe('nextTask', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('uses scheduler.yield where the browser has it', async () => {
		const yielded = vi.fn(() => Promise.resolve());
		vi.stubGlobal('scheduler', { yield: yielded });
		await nextTask();
		expect(yielded).toHaveBeenCalledOnce();
	});
});
