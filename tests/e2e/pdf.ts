import type { Page } from '@playwright/test';
import { extractImages, extractText, getDocumentProxy } from 'unpdf';

// PDF.js (inside unpdf) moves image data with ArrayBuffer.prototype.transferToFixedLength, which Node
// has from version 21; the project supports Node 20, so the tests give it a copying stand-in.
type TransferableBuffer = ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
const bufferPrototype = ArrayBuffer.prototype as TransferableBuffer;
bufferPrototype.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
	const copy = new ArrayBuffer(length);
	new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
	return copy;
};

export { extractImages, extractText };

/** The page as Chromium prints it on A4 (its print dialog's PDF): the document, for PDF.js. */
export async function printed(page: Page) {
	return getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
}

/** Text compared without its white space: a PDF breaks lines where the page does. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
