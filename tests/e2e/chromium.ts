import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the end-to-end tests drive: PLAYWRIGHT_CHROMIUM_PATH if set, else Debian's Chromium — its
 * headless shell (`chromium-headless-shell`) where installed, else the browser itself (`chromium`) —, else a
 * browser that `npx playwright install chromium` put in Playwright's cache. With none of them the run stops
 * here with a message that says how to get one: the browser tests never skip silently.
 *
 * The headless shell is the same Blink and V8 as the browser, without the browser's own windows and WebUI
 * (every new page of the full browser in headless mode also starts a renderer for the browser's UI): on two
 * cores it runs the suite in about half the time. The benchmarks ask for the full browser (`full`), the one
 * their figures have always been measured in and the one a reader has.
 */
export function findChromium({ full = false }: { full?: boolean } = {}): string {
	const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`PLAYWRIGHT_CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
	}
	const debian = full
		? ['/usr/bin/chromium']
		: ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];
	const found = debian.find((path) => existsSync(path));
	if (found) return found;
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return bundled;
	throw new Error(
		[
			'No Chromium found for the end-to-end tests.',
			'Install one of:',
			'  Debian/Ubuntu:  sudo apt-get install -y chromium chromium-headless-shell',
			'  any system:     npx playwright install chromium',
			'or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium or Chrome executable.'
		].join('\n')
	);
}

/** Keeps a system Chromium off the network it would otherwise call by itself (updates, sync, field trials). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];
