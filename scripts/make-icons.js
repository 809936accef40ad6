#!/usr/bin/env node
// Draws the app icons a tablet or phone asks for when the site is installed (static/manifest.webmanifest):
// static/icon.svg rendered to PNG at 192 and 512 px by the same Chromium the end-to-end tests use, so the
// PNGs are exactly the SVG. Run it after changing icon.svg and commit the PNGs: `node scripts/make-icons.js`.
// The icon fills its square and keeps its drawing inside the middle 80 %, so it also serves as a maskable
// icon (a launcher may crop it to a circle).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const sizes = [192, 512];
const svg = await readFile(new URL('../static/icon.svg', import.meta.url), 'utf8');
const executablePath = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium'].find(
	(path) => path && existsSync(path)
);

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
	for (const size of sizes) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const body = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
		await page.setContent(`<body style="margin:0">${body}</body>`);
		const path = new URL(`../static/icon-${size}.png`, import.meta.url).pathname;
		await page.locator('svg').screenshot({ path });
		console.log(`wrote ${path}`);
		await page.close();
	}
} finally {
	await browser.close();
}
