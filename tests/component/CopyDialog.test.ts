import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAY_AGAIN_AFTER_ms } from '$lib/a11y/live-status.svelte';
import CopyDialog from '$lib/share/CopyDialog.svelte';

// A copy dialog's status, as a screen reader hears it: Copy pressed twice is said twice. The clock is faked.

const words = {
	title: 'Share',
	intro: 'The address of this figure.',
	field: 'Address',
	copy: 'Copy the address',
	copied: 'Address copied.',
	copyByHand: 'Copy it by hand.',
	close: 'Close'
};

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('a copy dialog', () => {
	it('says “copied” again when Copy is pressed twice', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.resolve() } });
		const { container } = render(CopyDialog, { text: 'https://example.org/', words });
		const copy = [...container.querySelectorAll('button')].find((b) => b.textContent === words.copy)!;
		const status = () => container.querySelector('[role="status"]')!.textContent;
		// the copy waits for the clipboard (at once here), then the page is updated
		const press = async () => {
			await fireEvent.click(copy);
			await tick();
		};
		await press();
		expect(status()).toBe('Address copied.');
		await press();
		// emptied, then written again: a change a screen reader hears, unlike the same text set twice
		expect(status()).toBe('');
		vi.advanceTimersByTime(SAY_AGAIN_AFTER_ms);
		await tick();
		expect(status()).toBe('Address copied.');
	});
});

describe('a clipboard that never answers', () => {
	it('after a while, selects the address and says to copy it by hand; a late success still says copied', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		let resolve = () => {};
		vi.stubGlobal('navigator', {
			clipboard: { writeText: () => new Promise<void>((done) => (resolve = done)) }
		});
		const { container } = render(CopyDialog, { text: 'https://example.org/', words });
		const copy = [...container.querySelectorAll('button')].find((b) => b.textContent === words.copy)!;
		const status = () => container.querySelector('[role="status"]')!.textContent;
		await fireEvent.click(copy);
		await tick();
		expect(status()).toBe('');
		vi.advanceTimersByTime(2000);
		await tick();
		expect(status()).toBe('Copy it by hand.');
		const field = container.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input')!;
		expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'https://example.org/'.length]);
		resolve();
		await vi.advanceTimersByTimeAsync(SAY_AGAIN_AFTER_ms);
		await tick();
		expect(status()).toBe('Address copied.');
	});
});
