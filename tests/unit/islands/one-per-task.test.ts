import { describe, expect, it } from 'vitest';
import { onePerTask } from '$lib/islands/one-per-task';

const microtasks = async () => {
	for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('onePerTask', () => {
	it('runs each item in the order given, the next only in a later task', async () => {
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
