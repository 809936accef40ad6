import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveStatus, SAY_AGAIN_AFTER_ms } from '$lib/a11y/live-status.svelte';

// A status region is spoken when its text changes: a message said twice must change the region twice.
// The clock is faked: nothing waits on the wall clock.

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('a live status', () => {
	it('writes a new message at once', () => {
		const status = new LiveStatus();
		status.say('Choose a prediction first.');
		expect(status.text).toBe('Choose a prediction first.');
		status.say('Cleared.');
		expect(status.text).toBe('Cleared.');
	});

	it('says a repeated message again: empties the region, then writes it back', () => {
		const status = new LiveStatus();
		status.say('Choose a prediction first.');
		status.say('Choose a prediction first.');
		expect(status.text).toBe('');
		vi.advanceTimersByTime(SAY_AGAIN_AFTER_ms - 1);
		expect(status.text).toBe('');
		vi.advanceTimersByTime(1);
		expect(status.text).toBe('Choose a prediction first.');
	});

	it('says a third time too, even before the second is written back', () => {
		const status = new LiveStatus();
		status.say('Copied.');
		status.say('Copied.');
		// the region is empty: writing the text now is already a change
		status.say('Copied.');
		expect(status.text).toBe('Copied.');
		vi.runAllTimers();
		expect(status.text).toBe('Copied.');
	});

	it('drops a repeated message still waiting when another comes, or when it is cleared', () => {
		const status = new LiveStatus();
		status.say('Saved.');
		status.say('Saved.');
		status.say('Cleared.');
		vi.runAllTimers();
		expect(status.text).toBe('Cleared.');
		status.say('Cleared.');
		status.clear();
		vi.runAllTimers();
		expect(status.text).toBe('');
	});
});
