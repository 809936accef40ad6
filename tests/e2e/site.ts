import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const buildDir = 'build';

export interface PrerenderedPage {
	/** the URL path a reader types, such as "/fr/" */
	path: string;
	/** the language of <html lang> */
	lang: 'fr' | 'en';
}

/**
 * Every page the build prerendered, found on disk (build/**\/index.html), so a page added later is tested
 * without touching this file. 404.html is not a page of its own: the not-found tests reach it by unknown paths.
 */
export function prerenderedPages(): PrerenderedPage[] {
	if (!existsSync(join(buildDir, 'index.html'))) {
		throw new Error('build/ has no site in it: run `npm run build` before the end-to-end tests.');
	}
	const pages: PrerenderedPage[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory() && entry.name !== '_app') walk(full);
			else if (entry.name === 'index.html') {
				const folder = relative(buildDir, dir).split(sep).filter(Boolean);
				const path = folder.length ? `/${folder.join('/')}/` : '/';
				pages.push({ path, lang: folder[0] === 'en' ? 'en' : 'fr' });
			}
		}
	};
	walk(buildDir);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The articles, each with its page in the other language (where the language switch leads). */
export const articles = [
	{ path: '/fr/glucopuncture/', lang: 'fr', other: '/en/glucopuncture/' },
	{ path: '/en/glucopuncture/', lang: 'en', other: '/fr/glucopuncture/' },
	{ path: '/fr/hydrotomie/', lang: 'fr', other: '/en/hydrotomy/' },
	{ path: '/en/hydrotomy/', lang: 'en', other: '/fr/hydrotomie/' }
] as const;

/** The scenes the build has pages for (build/fr/scenes/<id>/): a new scene is found without a change here. */
export function builtSceneIds(): string[] {
	const folder = join(buildDir, 'fr', 'scenes');
	if (!existsSync(folder)) throw new Error('build/ has no scene pages: run `npm run build` first.');
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

export interface Problems {
	consoleErrors: string[];
	/** requests to any host but the test server */
	external: string[];
	/** sub-resources that failed or answered ≥ 400 */
	failed: string[];
}

/**
 * Starts listening to a page before it loads. `expectedStatus` lets the not-found tests accept the 404 of
 * the document itself (and the console line Chromium writes for it), and nothing else.
 */
export function watch(page: Page, baseURL: string, expectedStatus = 200): Problems {
	const origin = new URL(baseURL).origin;
	const problems: Problems = { consoleErrors: [], external: [], failed: [] };
	let documentStatus = 200;
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const documentNotFound =
			expectedStatus === 404 && documentStatus === 404 && message.text().includes('status of 404');
		if (!documentNotFound) problems.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) problems.external.push(url);
	});
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText;
		// ERR_ABORTED is the browser cancelling a request it no longer needs (a chunk still loading when a
		// link is followed): not a failure a reader meets. A missing file shows as its 404 below.
		if (reason !== 'net::ERR_ABORTED') problems.failed.push(`${request.url()} (${reason})`);
	});
	page.on('response', (response) => {
		const isDocument =
			response.request().isNavigationRequest() && response.request().frame() === page.mainFrame();
		if (isDocument) documentStatus = response.status();
		if (isDocument && response.status() === expectedStatus) return;
		if (response.status() >= 400) problems.failed.push(`${response.url()} (${response.status()})`);
	});
	return problems;
}

export const noProblems: Problems = { consoleErrors: [], external: [], failed: [] };

/**
 * The axe rules whose outcome a colour theme can change: after a full pass in one theme, a page in another
 * theme needs only these (the rest reads structure, names and roles, which a theme does not touch).
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules (or only `rules`, when given), on the whole page or
 * only inside `within` (a CSS selector: a figure that changed while the rest of the page did not).
 */
export async function accessibilityViolations(page: Page, rules?: string[], within?: string) {
	// the page as a reader who scrolls through it sees it: axe measures a block not drawn yet as empty
	await drawEveryBlock(page);
	// and at rest: a fade under way (the presenter's caption giving way to its bar, 0.4 s) has colours between
	// two states, which axe measured as low contrast on a loaded machine
	await page.evaluate(() =>
		Promise.race([
			Promise.all(
				document
					.getAnimations()
					.filter((animation) => animation instanceof CSSTransition)
					.map((transition) => transition.finished.catch(() => undefined))
			),
			new Promise((done) => setTimeout(done, 2_000))
		])
	);
	// axe.run in the page itself: the site has no <iframe> of its own, so the default's per-frame partial runs
	// merged in a fresh blank page (a second page for every check, about a second each on two cores) buy
	// nothing here; and only violations are read, so passes and incompletes are not listed node by node
	// axe-core is half a megabyte of script, evaluated twice by each analysis: a page checked again (another
	// step, another theme) keeps the axe it was given the first time (one frame: no iframe to give it to)
	const hasAxe =
		page.frames().length === 1 &&
		(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'));
	const builder = new AxeBuilder(hasAxe ? { page, axeSource: ';' } : { page })
		.setLegacyMode()
		.options({ resultTypes: ['violations'] });
	if (within) builder.include(within);
	const results = await (
		rules
			? builder.withRules(rules)
			: builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
	).analyze();
	return results.violations.map((v) => ({
		rule: v.id,
		impact: v.impact,
		nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5)
	}));
}

/**
 * Has the browser draw every block it has not drawn yet (content-visibility: auto, off screen: global.css),
 * so that what a test reads with innerText, or finds visible, is the whole page, as a reader who scrolls
 * through it sees it.
 */
export async function drawEveryBlock(page: Page): Promise<void> {
	await page.locator('body').evaluate(() => {
		for (const block of document.querySelectorAll<HTMLElement>('*'))
			if (getComputedStyle(block).contentVisibility === 'auto') block.style.contentVisibility = 'visible';
	});
}

/**
 * Waits until the page has drawn `frames` more frames: time counted as the figures count it, not on the wall
 * clock. Playing, a figure moves at every frame, so a figure that did not move in ten frames is still.
 */
export async function framesPass(page: Page, frames = 10): Promise<void> {
	await page.evaluate(
		(count) =>
			new Promise<void>((resolve) => {
				let drawn = 0;
				const tick = () => (++drawn >= count ? resolve() : requestAnimationFrame(tick));
				requestAnimationFrame(tick);
			}),
		frames
	);
}

/**
 * Waits until the page's script has taken over (hydrate.ts marks `html[data-hydrated]` once every island
 * that starts at once has started): what a test needs before it presses keys, taps a word or reads what
 * a tool keeps. Rather than `waitUntil: 'networkidle'`, which waits for half a second without a request
 * after the last one, on every load; a figure that wakes later is waited for by its own `data-awake`.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Opens `path` (as `page.goto` does, to its load event) and waits until its script has taken over. */
export async function openHydrated(page: Page, path: string) {
	const response = await page.goto(path);
	await hydrated(page);
	return response;
}

/**
 * Opens an article at `path` with the page's clock in the test's hands, and its first "corticosteroid" term
 * 300 px from the window's top, hovered: in a narrow window its definition is docked at the bottom, with text
 * between the two (the word, its definition and the word's box are returned).
 */
export async function hoverDockedTerm(page: Page, path: string) {
	await openHydrated(page, path);
	await page.clock.install();
	const term = page.locator('article [data-term="corticosteroid"]').first();
	await term.scrollIntoViewIfNeeded();
	const { y } = (await term.boundingBox())!;
	await page.evaluate((by) => scrollBy(0, by), y - 300);
	await expect.poll(async () => Math.round((await term.boundingBox())!.y)).toBe(300);
	const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
	const word = (await term.boundingBox())!;
	await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2);
	await expect(tip).toBeVisible();
	const bubble = (await tip.boundingBox())!;
	expect(bubble.y).toBeGreaterThan(word.y + word.height + 40);
	return { tip, word, bubble };
}

/**
 * Holds the islands' script back, as a slow connection does, until the returned function lets it go: the page
 * as a reader meets it between its first paint and its tools' start (start.js asks for it once it has painted).
 * With `then: 'fail'`, letting it go makes it fail to load instead (the connection lost on the way).
 * Navigate with `waitUntil: 'domcontentloaded'` (or 'commit'): asked for before the load event, the held script
 * holds that event too, and a goto waiting for it never returns.
 */
export async function holdIslandsScript(
	page: Page,
	{ then = 'load' }: { then?: 'load' | 'fail' } = {}
): Promise<() => void> {
	let letGo = () => {};
	const held = new Promise<void>((resolve) => (letGo = resolve));
	await page.route('**/_app/islands.js', async (route) => {
		await held;
		await (then === 'fail' ? route.abort() : route.continue());
	});
	return letGo;
}

/**
 * Counts the page's requests from now on, so that `settled` can tell when what the page started has come.
 * Call it before the page loads.
 */
export function requestsOf(page: Page): { pending: () => number; started: () => number } {
	const pending = new Set<unknown>();
	let started = 0;
	page.on('request', (request) => {
		pending.add(request);
		started++;
	});
	page.on('requestfinished', (request) => pending.delete(request));
	page.on('requestfailed', (request) => pending.delete(request));
	return { pending: () => pending.size, started: () => started };
}

/**
 * Waits until the page's script has taken over and what it fetches of itself has come: the figures near the
 * screen woken, their questions and tools started. That is, no request in flight and none started for two
 * frames (a part that comes near the screen asks for its code at the next frame). What
 * `waitUntil: 'networkidle'` waits for, without its half second of quiet on the wall clock after every load.
 */
export async function settled(page: Page, requests: ReturnType<typeof requestsOf>): Promise<void> {
	await hydrated(page);
	await quiet(page, requests);
}

/**
 * Waits until no request is in flight and none has started for two frames: `settled` for a page without
 * islands (the 404 page, whose one script runs before its load event), or a page whose script could not start.
 */
export async function quiet(page: Page, requests: ReturnType<typeof requestsOf>): Promise<void> {
	for (;;) {
		const before = requests.started();
		if (requests.pending() === 0) {
			await framesPass(page, 2);
			if (requests.pending() === 0 && requests.started() === before) return;
		} else {
			await framesPass(page, 1);
		}
	}
}

/**
 * Figures wake only when the returned function is called: the page's IntersectionObserver reports nothing
 * until then (a slow phone's wait, or a figure far down the page). Call before the page loads.
 */
export async function holdFigureWake(page: Page): Promise<() => Promise<void>> {
	await page.addInitScript(() => {
		const waiting: (() => void)[] = [];
		(window as unknown as { wake: () => void }).wake = () => waiting.splice(0).forEach((go) => go());
		window.IntersectionObserver = class {
			constructor(private readonly callback: IntersectionObserverCallback) {}
			observe(target: Element) {
				waiting.push(() =>
					this.callback(
						[{ isIntersecting: true, target } as IntersectionObserverEntry],
						this as unknown as IntersectionObserver
					)
				);
			}
			unobserve() {}
			disconnect() {}
			takeRecords() {
				return [];
			}
		} as unknown as typeof IntersectionObserver;
	});
	return () => page.evaluate(() => (window as unknown as { wake: () => void }).wake());
}

/** A figure once awake (its live drawing drawn): the one of `scene`, or any on the page. */
export const awakeFigure = (page: Page, scene?: string) =>
	page.locator(
		scene ? `figure.scene[data-scene="${scene}"][data-awake="true"]` : 'figure.scene[data-awake="true"]'
	);

/**
 * Opens `path` and waits until what it fetches of itself has come (`settled`, or only `quiet` for a page that
 * does not hydrate): what `waitUntil: 'networkidle'` waited for, without its half second of quiet after each load.
 */
export async function openSettled(page: Page, path: string, { hydrates = true } = {}) {
	const requests = requestsOf(page);
	const response = await page.goto(path);
	await (hydrates ? settled(page, requests) : quiet(page, requests));
	return response;
}

/**
 * Opens `path` (a page with the sugar calculator), waits until its script has taken over, and brings the
 * calculator into view (it starts when it comes near the screen): the calculator's box is returned.
 */
export async function openCalculator(page: Page, path: string) {
	await openHydrated(page, path);
	const box = page.locator('section.dose');
	await box.scrollIntoViewIfNeeded();
	return box;
}

/** Reloads the page and waits as `openSettled` does. */
export async function reloadSettled(page: Page) {
	const requests = requestsOf(page);
	await page.reload();
	await settled(page, requests);
}
