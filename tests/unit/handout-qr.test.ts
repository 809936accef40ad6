import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPixels, sheetAddress } from '$lib/handout/qr';

describe('the printed sheet’s QR code (src/lib/handout/qr.ts)', () => {
	it.each([
		'http://127.0.0.1:4452/fr/fiche-glucopuncture/',
		'https://example.org/a/long/base/path/en/handout-hydrotomy/'
	])('reads back as %s', (address) => {
		const { data, width, height, modules } = qrPixels(address);
		expect(width).toBe(modules * 8);
		expect(jsQR(data, width, height)?.data).toBe(address);
	});

	it('is the page’s own address, without query or fragment', () => {
		expect(sheetAddress({ origin: 'https://x.org', pathname: '/base/en/handout-hydrotomy/' })).toBe(
			'https://x.org/base/en/handout-hydrotomy/'
		);
	});
});
