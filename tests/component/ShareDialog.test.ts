import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ShareDialog from '$lib/share/ShareDialog.svelte';

// A clinician shares a consultation: a long sequence, each figure with its settings, can make an address longer
// than any QR code holds. The dialog still opens with the address to copy, and says why there is no code.

const words = {
	title: 'Share this sequence',
	intro: 'Its address.',
	field: 'Address',
	copy: 'Copy the address',
	copied: 'Address copied.',
	copyByHand: 'Copy it by hand.',
	close: 'Close',
	qr: 'QR code of the address',
	qrTooLong: 'This link is too long for a QR code: copy it, then send it another way.'
};

const figure =
	'trpv1:sensitised:kind=capsaicin:heat_C=49.5:capsaicin_uM=2.25:pH=5.5:weeksOfPain=52:showHypothesis=on';

describe('a share dialog', () => {
	it('draws the QR code of an ordinary address', () => {
		const { container } = render(ShareDialog, {
			words,
			address: 'https://example.org/en/consultation/?s=trpv1,k2p'
		});
		expect(container.querySelector('svg.qr[role="img"]')).not.toBeNull();
		expect(container.textContent).not.toContain(words.qrTooLong);
	});

	it('draws the longest sequence the builder makes (24 figures, every setting changed) at a lower error correction', () => {
		const address = `https://example.org/en/consultation/?s=${Array(24).fill(figure).join(',')}`;
		// more than a QR code holds at error correction M (2,331 bytes)
		expect(address.length).toBeGreaterThan(2331);
		const { container } = render(ShareDialog, { words, address });
		expect(container.querySelector('svg.qr[role="img"]')).not.toBeNull();
	});

	it('keeps the address to copy, and says why there is no QR code, when the address is too long for any', () => {
		const address = `https://example.org/en/consultation/?s=${Array(30).fill(figure).join(',')}`;
		// more than the largest QR code holds, even at error correction L (2,953 bytes)
		expect(address.length).toBeGreaterThan(2953);
		const { container } = render(ShareDialog, { words, address });
		expect(container.querySelector('svg.qr')).toBeNull();
		expect(container.textContent).toContain(words.qrTooLong);
		expect(container.querySelector<HTMLInputElement>('input, textarea')?.value).toBe(address);
	});
});
