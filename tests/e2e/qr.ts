import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

/** What a phone's camera would read from a screenshot: its pixels, decoded by jsQR in a blank page (free of the site's CSP). */
export async function decodeQr(page: Page, png: Buffer): Promise<string | null> {
	const blank = await page.context().newPage();
	// the pixels come back as one base64 string: as an array of numbers, Playwright carried them one value at a
	// time (23 s for a 300 px square on a busy two-core machine, against a few milliseconds)
	const pixels = await blank.evaluate(async (base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
		let binary = '';
		for (let i = 0; i < image.data.length; i += 0x8000)
			binary += String.fromCharCode(...image.data.subarray(i, i + 0x8000));
		return { width: image.width, height: image.height, data: btoa(binary) };
	}, png.toString('base64'));
	await blank.close();
	const data = new Uint8ClampedArray(Buffer.from(pixels.data, 'base64'));
	return jsQR(data, pixels.width, pixels.height)?.data ?? null;
}
