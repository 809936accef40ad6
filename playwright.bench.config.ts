import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run bench`: the same browser and static server as the end-to-end tests, one worker so that
// timings do not compete for the two cores.
export default defineConfig({
	...base,
	testDir: 'bench/browser',
	testMatch: '**/*.bench.ts',
	workers: 1,
	fullyParallel: false,
	timeout: 120_000
});
