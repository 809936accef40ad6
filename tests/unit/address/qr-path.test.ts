import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { MIN_CODE_px, MIN_MODULE_device_px, qrPath, qrPixels } from '$lib/share/qr-path';

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
		// a projector's room: the code as large as it allows
		expect(qrPixels(41, 600)).toBe(14 * 41);
		expect(qrPixels(0, 288)).toBe(0);
	});

	it('in little room, gives the least code a camera reads: MIN_CODE_px, whole device pixels a module', () => {
		// a phone's 41 modules at two device pixels a CSS pixel: 6 device pixels a module, 123 CSS px
		expect(qrPixels(41, 10, 2)).toBe(123);
		expect(qrPixels(41, 10, 1)).toBe(3 * 41);
		expect(qrPixels(41, 10, 3)).toBe(123);
		// between the least and the room: whole device pixels (7 of them at 2 a CSS pixel: 3.5 CSS px)
		expect(qrPixels(41, 150, 2)).toBe((7 * 41) / 2);
		// a long address's code: two device pixels a module are its least, whatever its size
		expect(qrPixels(177, 10, 2)).toBe((MIN_MODULE_device_px * 177) / 2);
		const codes: [count: number, ratio: number][] = [
			[21, 1],
			[41, 2],
			[57, 3],
			[97, 2.625]
		];
		for (const [count, ratio] of codes) {
			const side = qrPixels(count, 1, ratio);
			expect(side).toBeGreaterThanOrEqual(MIN_CODE_px);
			const perModule = (side * ratio) / count;
			expect(perModule).toBeGreaterThanOrEqual(MIN_MODULE_device_px);
			expect(Math.abs(perModule - Math.round(perModule))).toBeLessThan(1e-9);
		}
	});
});
