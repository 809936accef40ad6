import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { MIN_MODULE_px, qrPath, qrPixels } from '$lib/share/qr-path';

describe('a QR code drawn as a path', () => {
	it('draws one rectangle per run of dark modules, and nothing for light ones', () => {
		expect(
			qrPath([
				[true, true, false, true],
				[false, false, false, false]
			])
		).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
	});

	it('covers exactly the dark modules of a real code', () => {
		const code = encode('https://example.org/fr/scenes/trpv1/?step=sensitised', { ecc: 'M', border: 4 });
		const dark = code.data.flat().filter(Boolean).length;
		const area = [...qrPath(code.data).matchAll(/h(\d+)/g)].reduce((sum, [, w]) => sum + Number(w), 0);
		expect(area).toBe(dark);
	});

	it('gives every module whole pixels, as many as the room allows, never fewer than the minimum', () => {
		expect(qrPixels(49, 288)).toBe(5 * 49);
		expect(qrPixels(49, 10)).toBe(MIN_MODULE_px * 49);
		// a projector's room: the code as large as it allows
		expect(qrPixels(41, 600)).toBe(14 * 41);
		expect(qrPixels(0, 288)).toBe(0);
	});
});
