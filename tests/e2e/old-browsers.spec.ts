import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openSettled } from './site';

// Browsers a little older than this one, imitated by taking away the one feature they lack before the page
// runs. Each still gets a page that works, or that leaves out only what it cannot do, and never a control
// that does nothing or an open sheet it cannot close.

test('without popovers (Safari 16, Firefox before 125) no badge sheet is shown open over the text', async ({
	browser
}) => {
	// Such a browser ignores the popover attribute: without a script to put it back, the sheets are plain
	// elements of the page, which only the site's own CSS can keep hidden.
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	for (const path of ['/en/hydrotomy/', '/fr/choisir/']) {
		await page.goto(path);
		const sheets = page.locator('[popover]');
		const count = await sheets.count();
		expect(count).toBeGreaterThan(5);
		await sheets.evaluateAll((all) =>
			all.forEach((sheet) => {
				sheet.setAttribute('data-was-popover', '');
				sheet.removeAttribute('popover');
			})
		);
		const former = page.locator('[data-was-popover]');
		await expect(former).toHaveCount(count);
		for (let i = 0; i < count; i++) await expect(former.nth(i)).toBeHidden();
		// the badges still say their level, beside links to their references
		await expect(page.locator('.evidence .badge').first()).toBeVisible();
		await expect(page.locator('.evidence .refs a').first()).toBeVisible();
	}
	await context.close();
});

test('without dialog.showModal (Safari before 15.4) Share and the keys open in place and close', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
	});
	await openSettled(page, '/en/scenes/trpv1/');
	const figure = page.locator('figure.scene[data-scene="trpv1"]');
	await expect(figure).toHaveAttribute('data-awake', 'true');

	await figure.getByRole('button', { name: 'Share' }).click();
	const share = page.locator('dialog.copy-dialog[open]');
	await expect(share).toBeVisible();
	await expect(share.locator('input')).toHaveValue(/\/en\/scenes\/trpv1\//);
	await share.getByRole('button', { name: 'Close' }).click();
	await expect(page.locator('dialog.copy-dialog[open]')).toHaveCount(0);
	// a closed dialog takes no room and shows nothing, as in a browser that knows dialogs
	await expect(page.locator('dialog.copy-dialog').first()).toBeHidden();

	await figure.getByRole('button', { name: 'Keyboard keys' }).click();
	const keys = page.locator('dialog.key-help');
	await expect(keys).toBeVisible();
	await expect(keys).toContainText('Space');
	await keys.getByRole('button', { name: 'Close' }).click();
	await expect(keys).toBeHidden();
	await expect(page).toHaveURL(/\/en\/scenes\/trpv1\/$/);
	expect(errors).toEqual([]);
});

test('without ResizeObserver (Safari before 13.1) the lab still starts and records', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.addInitScript(() => {
		delete (window as Partial<typeof window>).ResizeObserver;
	});
	await openSettled(page, '/en/lab/?Ko=20');
	const lab = page.locator('[data-lab]');
	await expect(lab.locator('.tool-unstarted')).toBeHidden();
	const vm = lab.locator('output[data-vm]');
	const before = Number(await vm.getAttribute('data-vm'));
	expect(before).toBeGreaterThan(-70);
	await page.getByRole('button', { name: 'Record a run' }).click();
	await expect(page.locator('path.run')).toHaveCount(1);
	// drawn across the chart's width, not at a width of 0
	expect((await page.locator('path.run').boundingBox())!.width).toBeGreaterThan(200);
	expect(errors).toEqual([]);
});

test('Firefox before 116, which refuses signDisplay “negative”, still wakes every figure', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		const Native = Intl.NumberFormat;
		// as Firefox 115 does: a RangeError for an option value it does not know
		const Older = function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
			if ((options?.signDisplay as string) === 'negative')
				throw new RangeError('invalid value "negative" for option signDisplay');
			return new Native(locales, options);
		} as unknown as typeof Intl.NumberFormat;
		Older.supportedLocalesOf = Native.supportedLocalesOf;
		Intl.NumberFormat = Older;
	});
	await openSettled(page, '/fr/scenes/k2p/');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	// a value that rounds to zero from below is still "0", not "−0"
	await expect(page.locator('figure.scene')).not.toContainText('−0 ');
	expect(errors).toEqual([]);
});

test('Safari before 15.4, without Object.hasOwn, still starts every island: the header, a figure, the form', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => delete (Object as { hasOwn?: unknown }).hasOwn);
	await openSettled(page, '/en/scenes/trpv1/?step=sensitised&stimulus=2');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	await expect(page.locator('[data-hydration="failed"]')).toHaveCount(0);
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await openSettled(page, '/fr/consultation/?s=trpv1,k2p');
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 1 sur 2/);
	await openSettled(page, '/fr/choisir/');
	await expect(page.locator('[data-hydration="failed"]')).toHaveCount(0);
	await page.locator('input[name="value-cost"]').nth(2).check();
	await expect(page.locator('form.what-matters').getByRole('status')).not.toBeEmpty();
	expect(errors).toEqual([]);
});

test('a figure whose code throws as it wakes (an older browser) says it could not start, not a blank', async ({
	page
}) => {
	await openSettled(page, '/en/glucopuncture/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// from now on any new number format throws, as a feature this browser lacks would
	await page.evaluate(() => {
		Intl.NumberFormat = function () {
			throw new RangeError('not in this browser');
		} as unknown as typeof Intl.NumberFormat;
	});
	const pump = page.locator('figure.scene[data-scene="pump"]');
	await pump.scrollIntoViewIfNeeded();
	await expect(pump).toHaveAttribute('data-wake', 'failed');
	await expect(pump.locator('.scene-unstarted p')).toContainText('could not start');
});

test('browsers without popovers raise no error from the evidence badges', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// as Chrome before 114, Safari before 17, Firefox before 125: the selector is not one they know
	await page.addInitScript(() => {
		const matches = Element.prototype.matches;
		Element.prototype.matches = function (this: Element, selector: string) {
			if (selector.includes(':popover-open'))
				throw new DOMException(`'${selector}' is not a valid selector`, 'SyntaxError');
			return matches.call(this, selector);
		};
	});
	await openSettled(page, '/en/hydrotomy/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.keyboard.press('Tab');
	expect(errors).toEqual([]);
});

test('the stylesheets keep Safari and iOS 15: no media query in range syntax, color-mix() only where supported', () => {
	// the minifier writes for the build's CSS target (vite.config.ts): Safari before 16.4 drops a whole
	// `@media (width<=40rem)` block, and with it a phone's layout
	const files = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter((file) =>
		/\.(css|html)$/.test(file)
	);
	expect(files.length).toBeGreaterThan(30);
	for (const file of files) {
		const css = readFileSync(join('build', file), 'utf8');
		expect(css.match(/@media[^{]*\((?:width|height)\s*[<>]/g), file).toBeNull();
		// each color-mix() inside an @supports that asks for it (two in each: its condition, its rule), a
		// plain fill before it
		const mixes = css.match(/color-mix\(/g)?.length ?? 0;
		const guarded =
			css.match(/@supports \(fill:\s?color-mix\(in srgb,\s?red,\s?blue\)\)\{[^{}]*\{[^{}]*color-mix\(/g)
				?.length ?? 0;
		expect(mixes, file).toBe(2 * guarded);
	}
});

test('the scripts parse in Safari before 16.4: no regular expression looks behind', () => {
	// a lookbehind is a syntax error there: the whole chunk, and every island that imports it, fails
	const scripts = readdirSync('build/_app', { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.js')
	);
	expect(scripts.length).toBeGreaterThan(20);
	for (const file of scripts)
		expect(readFileSync(join('build/_app', file), 'utf8'), file).not.toMatch(/\(\?<[=!]/);
});
