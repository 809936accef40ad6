import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the end-to-end tests drive: PLAYWRIGHT_CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
 * else a browser that `npx playwright install chromium` put in Playwright's cache. With none of them the run
 * stops here with a message that says how to get one: the browser tests never skip silently.
 */
export function findChromium(): string {
	const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`PLAYWRIGHT_CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return bundled;
	throw new Error(
		[
			'No Chromium found for the end-to-end tests.',
			'Install one of:',
			'  Debian/Ubuntu:  sudo apt-get install -y chromium      (gives /usr/bin/chromium)',
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
