#!/usr/bin/env node
// Measures the advance width of each character src/lib/text/letter-widths.ts lists, in DejaVu Sans Bold (the
// widest font of the site's stack), with a canvas in the same Chromium the end-to-end tests use, and prints
// the table grouped by width rounded up to 0.05 em. Run it to check or extend the table:
// `node scripts/measure-letter-widths.js` (needs the font: Debian's fonts-dejavu-core).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const characters =
	'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789œæŒÆßµαβγδΔκπσ' +
	'-‐–—’‘\'"“”.,:;…·()[]{}%°+−±=/×÷<>≤≥→←&@#*?!«»⁺⁻²³¹⁰₂₃½~_\u00a0\u202f';
const executablePath = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium'].find(
	(path) => path && existsSync(path)
);

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
	const page = await browser.newPage();
	const groups = await page.evaluate((characters) => {
		const context = /** @type {CanvasRenderingContext2D} */ (
			document.createElement('canvas').getContext('2d')
		);
		context.font = 'bold 1000px "DejaVu Sans"';
		/** @type {Record<string, string>} */
		const groups = {};
		for (const character of characters) {
			const width = String(Math.ceil(context.measureText(character).width / 50) / 20);
			groups[width] = (groups[width] ?? '') + character;
		}
		return groups;
	}, characters);
	for (const [width, members] of Object.entries(groups).sort(([a], [b]) => Number(a) - Number(b)))
		console.log(`\t'${width}': ${JSON.stringify(members)},`);
} finally {
	await browser.close();
}
