import { describe, expect, it, vi } from 'vitest';
import { canSendAddress, sendAddress } from '$lib/share/system-share';

// The phone's own share menu (review patient D8): offered only where the browser has one that takes the address.
const url = 'https://example.org/fr/choisir/';
const phone = (canShare?: (data: ShareData) => boolean) =>
	({ share: vi.fn(async () => {}), ...(canShare ? { canShare } : {}) }) as unknown as Navigator;

describe('canSendAddress', () => {
	it('is false without navigator.share (most laptops), or without a navigator', () => {
		expect(canSendAddress(url, {} as Navigator)).toBe(false);
		expect(canSendAddress(url, undefined)).toBe(false);
	});
	it('asks canShare about the address where there is one', () => {
		expect(
			canSendAddress(
				url,
				phone(() => true)
			)
		).toBe(true);
		expect(
			canSendAddress(
				url,
				phone(() => false)
			)
		).toBe(false);
		expect(
			canSendAddress(
				url,
				phone(() => {
					throw new TypeError('refused');
				})
			)
		).toBe(false);
	});
	it('takes share() alone (an older browser, without canShare) as able to share an address', () => {
		expect(canSendAddress(url, phone())).toBe(true);
	});
});

describe('sendAddress', () => {
	it('hands the address and the title to the menu', async () => {
		const nav = phone();
		await sendAddress(url, 'Choisir', nav);
		expect(nav.share).toHaveBeenCalledWith({ title: 'Choisir', url });
	});
	it('ends quietly when the reader closes the menu', async () => {
		const nav = {
			share: vi.fn(async () => {
				throw new DOMException('closed', 'AbortError');
			})
		} as unknown as Navigator;
		await expect(sendAddress(url, 'Choisir', nav)).resolves.toBeUndefined();
	});
});
