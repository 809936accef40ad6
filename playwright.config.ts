import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

// The end-to-end tests run against the *built* site (npm run build), served as a static host serves it.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: chromiumArgs },
		// Every page registers the offline worker, which then downloads the whole site in the background: in a
		// fresh context per test that is hundreds of copies of the site competing for two cores. The offline
		// tests (offline.spec.ts) allow it; the others test the pages themselves.
		serviceWorkers: 'block',
		trace: 'off'
	},
	webServer: {
		command: `node scripts/serve-static.js --dir build --port ${port}`,
		url: `http://127.0.0.1:${port}/fr/`,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore'
	}
});
