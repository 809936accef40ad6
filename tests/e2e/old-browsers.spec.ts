import { expect, test } from '@playwright/test';

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
	await page.goto('/en/scenes/trpv1/', { waitUntil: 'networkidle' });
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
	await page.goto('/en/lab/?Ko=20', { waitUntil: 'networkidle' });
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
