import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

/** What a phone's camera would read from a screenshot: its pixels, decoded by jsQR in a blank page (free of the site's CSP). */
export async function decodeQr(page: Page, png: Buffer): Promise<string | null> {
	const blank = await page.context().newPage();
	const pixels = await blank.evaluate(async (base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
		return { width: image.width, height: image.height, data: Array.from(image.data) };
	}, png.toString('base64'));
	await blank.close();
	return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data ?? null;
}
