import { encode } from 'uqr';

/**
 * A QR code of `text` drawn on a canvas-sized grid of pixels: `scale` pixels a module, a quiet zone of
 * `border` modules (the standard asks for 4; 2 is enough on white paper and keeps the code small). Pure:
 * returns the RGBA pixels, so it can be tested in Node and painted in the page (QrImage.svelte).
 * Uses uqr, the small encoder issue 11's Share control uses too.
 */
export interface QrPixels {
	width: number;
	height: number;
	/** RGBA, row after row: black modules 0, white 255, alpha 255 */
	data: Uint8ClampedArray<ArrayBuffer>;
	/** modules a side, quiet zone included */
	modules: number;
}

export function qrPixels(text: string, scale = 8, border = 2): QrPixels {
	const { data: matrix } = encode(text, { ecc: 'M', border });
	const modules = matrix.length;
	const width = modules * scale;
	const data = new Uint8ClampedArray(width * width * 4).fill(255);
	for (let y = 0; y < width; y++) {
		const row = matrix[Math.floor(y / scale)]!;
		for (let x = 0; x < width; x++) {
			if (!row[Math.floor(x / scale)]) continue;
			const i = (y * width + x) * 4;
			data[i] = data[i + 1] = data[i + 2] = 0;
		}
	}
	return { width, height: width, data, modules };
}

export { sheetAddress } from './sheet-address';
