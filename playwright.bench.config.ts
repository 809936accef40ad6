import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { chromiumArgs, findChromium } from './tests/e2e/chromium';

// `npm run bench`: the end-to-end tests' static server, one worker so that timings do not compete for the two
// cores, and the full browser, as a reader has it (the tests run in its lighter headless shell).
export default defineConfig({
	...base,
	use: { ...base.use, launchOptions: { executablePath: findChromium({ full: true }), args: chromiumArgs } },
	testDir: 'bench/browser',
	testMatch: '**/*.bench.ts',
	workers: 1,
	fullyParallel: false,
	timeout: 120_000
});
