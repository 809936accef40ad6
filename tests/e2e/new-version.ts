import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

// The site served as a static host serves it, on a port of its own (a service worker belongs to its
// origin), and a new deployment of it, made from build/ as offline.spec.ts makes one, with one thing more:
// every script of the new build has a new name, as a real change of code gives it. A tab of the old version
// then asks for scripts that neither the new server nor the new version's cache has.

export interface Site {
	url: string;
	stop: () => Promise<void>;
}

/** Serves `dir` as a static host does (scripts/serve-static.js), until stop(). */
export async function serve(dir: string, port: number): Promise<Site> {
	const server = spawn(process.execPath, ['scripts/serve-static.js', '--dir', dir, '--port', String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.once('exit', (code) => fail(new Error(`the static server stopped (${code})`)));
		server.stdout!.once('data', () => done());
	});
	server.removeAllListeners('exit');
	return {
		url: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise((done) => {
				if (server.exitCode !== null || server.signalCode !== null) return done();
				server.once('exit', () => done());
				server.kill();
			})
	};
}

export interface NewVersion {
	dir: string;
	remove: () => Promise<void>;
}

/** Every file under `dir`, by its path. */
async function filesIn(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * A copy of build/ as the next deployment: every page's heading ends with `marker`, every chunk of script
 * has a new name (and every file that names one says the new name), and the version is new (in
 * service-worker.js and version.json, as every build has it). The precompressed copies are of the old files:
 * gone, as the host would otherwise serve them first.
 */
export async function newVersionOf(build: string, marker: string): Promise<NewVersion> {
	const dir = await mkdtemp(join(tmpdir(), 'new-version-'));
	await cp(build, dir, { recursive: true });
	for (const file of await filesIn(dir)) if (/\.(br|gz)$/.test(file)) await rm(file);

	const chunks = join(dir, '_app', 'immutable', 'chunks');
	const names = new Set(
		(await readdir(chunks)).filter((file) => file.endsWith('.js')).map((file) => file.slice(0, -3))
	);
	const renamed = (text: string) =>
		text.replace(/([\w-]+)\.js\b/g, (whole, name: string) => (names.has(name) ? `${name}2.js` : whole));
	const { version } = JSON.parse(await readFile(join(dir, '_app', 'version.json'), 'utf8')) as {
		version: string;
	};
	for (const file of await filesIn(dir)) {
		if (!/\.(html|js|json)$/.test(file)) continue;
		let text = renamed(await readFile(file, 'utf8'));
		if (file.endsWith('.html')) text = text.replace('</h1>', ` · ${marker}</h1>`);
		if (/(service-worker\.js|version\.json)$/.test(file)) text = text.split(version).join(`${version}1`);
		await writeFile(file, text);
	}
	for (const name of names) await rename(join(chunks, `${name}.js`), join(chunks, `${name}2.js`));
	return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Waits until the worker is active: it only activates once it holds the whole site. */
export const workerReady = (page: Page) =>
	page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
/** Whether a new version's worker is installed and waiting. */
export const workerWaiting = (page: Page) =>
	page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
export const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
