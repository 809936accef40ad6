import { expect, test, type Page } from '@playwright/test';

// The membrane lab on a student's phone (review "phonelab"): touch, 390 × 844, French then English. What a
// student revising on a bus checks: the case they had is still there when they come back through the menu,
// the recorder's chart can be read, its legend tells the runs apart, the fields can be hit with a thumb, and
// the first control and each ion's equilibrium potential are in view while they type.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });

const pages = [
	{ lang: 'fr', path: '/fr/labo/', glossary: '/fr/glossaire/', afresh: 'Repartir du neurone standard' },
	{ lang: 'en', path: '/en/lab/', glossary: '/en/glossary/', afresh: 'Start from the standard neuron' }
] as const;

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('[data-lab] fieldset.needs-script:not([disabled])').waitFor();
}

const vm = (page: Page) => page.locator('output[data-vm]').first().getAttribute('data-vm').then(Number);

for (const { lang, path, glossary, afresh } of pages) {
	test.describe(path, () => {
		test('the lab opened from the menu takes up the settings last used in the tab, says so, and starts afresh on request', async ({
			page
		}) => {
			await open(page, path);
			const field = page.locator('[data-key="Ko"] input[type="text"]');
			await field.fill('8');
			await field.press('Enter');
			await expect(page).toHaveURL(/Ko=8/);
			const eight = await vm(page);
			expect(eight).toBeCloseTo(-62.4, 1);
			// to the glossary and back, through an address without settings (the menu's link)
			await page.goto(glossary);
			await open(page, path);
			await expect(field).toHaveValue('8');
			expect(await vm(page)).toBeCloseTo(eight, 6);
			const said = page.locator('[data-resumed]');
			await expect(said).toBeVisible();
			// the address says the case again, so that a link copied now shares it
			await expect(page).toHaveURL(/Ko=8/);
			// nothing kept where the next person at a shared computer would find it
			expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('lab')))).toEqual(
				[]
			);
			await page.getByRole('button', { name: afresh }).click();
			await expect(said).toHaveCount(0);
			expect(await vm(page)).toBeCloseTo(-67.2, 1);
			await expect(page.locator('[data-preset="neuron"]')).toBeFocused();
			// an address with settings wins over what was kept
			await open(page, `${path}?Ko=10`);
			await expect(field).toHaveValue('10');
			await expect(said).toHaveCount(0);
		});

		test('the recorder’s chart reads at 14 px or more, and its legend names a run by its preset or by what differs from run 1', async ({
			page
		}) => {
			await open(page, path);
			const record = page.locator('.recorder button.lab-button').first();
			await page.locator('button[data-preset="neuron"]').click();
			await record.click();
			await page.locator('button[data-preset="squid"]').click();
			await record.click();
			await page.locator('button[data-preset="neuron"]').click();
			const pNa = page.locator('[data-key="pNa"] input[type="text"]');
			await pNa.fill(lang === 'fr' ? '0,1' : '0.1');
			await pNa.press('Enter');
			await record.click();
			const legend = (await page.locator('.recorder svg .legend text').allTextContents()).map((t) =>
				t.replace(/[\u00a0\u202f]/g, ' ')
			);
			expect(legend.slice(0, 3)).toEqual(
				lang === 'fr'
					? ['Essai 1 : neurone de mammifère', 'Essai 2 : axone de calmar', 'Essai 3 : pNa 0,1']
					: ['Run 1: mammalian neuron', 'Run 2: squid axon', 'Run 3: pNa 0.1']
			);
			// every text of the drawing, as it is drawn on the screen, and inside it
			const sizes = await page
				.locator('.recorder .chart svg')
				.first()
				.evaluate((svg: SVGSVGElement) => {
					const frame = svg.getBoundingClientRect();
					const scale = frame.width / svg.viewBox.baseVal.width;
					return [...svg.querySelectorAll('text, tspan')].map((text) => {
						const box = text.getBoundingClientRect();
						return {
							text: text.textContent,
							px: parseFloat(getComputedStyle(text).fontSize) * scale,
							inside: box.left >= frame.left - 1 && box.right <= frame.right + 1
						};
					});
				});
			expect(sizes.length).toBeGreaterThan(10);
			for (const { text, px, inside } of sizes) {
				expect(px, text ?? '').toBeGreaterThanOrEqual(14);
				expect(inside, text ?? '').toBe(true);
			}
		});
	});
}

test.describe('/fr/labo/ on a touch screen', () => {
	test('its fields, its menu and its sliders’ touch area are 44 px tall; at 150 % text the sliders keep 160 px', async ({
		page
	}) => {
		await open(page, '/fr/labo/');
		const heights = await page
			.locator('[data-lab] .lab-input, [data-lab] [data-key] input[type="range"]')
			.evaluateAll((elements) =>
				elements.map((element) => ({
					what: `${element.tagName} ${element.closest('[data-key]')?.getAttribute('data-key') ?? element.getAttribute('name') ?? ''}`,
					height: element.getBoundingClientRect().height
				}))
			);
		// ten values (a slider and a field each), the recorder's menu and its two ends
		expect(heights).toHaveLength(23);
		for (const { what, height } of heights) expect(height, what).toBeGreaterThanOrEqual(44);
		await page.evaluate(() => (document.documentElement.style.fontSize = '150%'));
		const widths = await page
			.locator('[data-key] input[type="range"]')
			.evaluateAll((sliders) => sliders.map((slider) => slider.getBoundingClientRect().width));
		for (const width of widths) expect(width).toBeGreaterThanOrEqual(160);
	});

	test('the first control is on the first screen, each ion’s equilibrium potential moves beside its fields, and the recorder’s ends say their unit', async ({
		page
	}) => {
		await open(page, '/fr/labo/');
		const first = await page.locator('[data-preset]').first().boundingBox();
		expect(first!.y + first!.height).toBeLessThanOrEqual(844);
		// the rest of the introduction, one tap away
		await expect(page.locator('details.lab-more summary')).toHaveText('En savoir plus');
		// E_K in view while K⁺ inside is typed, and changing with it
		const field = page.locator('[data-key="Ki"] input[type="text"]');
		await field.scrollIntoViewIfNeeded();
		const eK = page.locator('[data-ion-e="K"]');
		await expect(eK).toBeInViewport();
		await expect(eK).toContainText('−89,1');
		await field.fill('400');
		await field.press('Enter');
		await expect(eK).toContainText('−117,1');
		await expect(eK).toBeInViewport();
		for (const ion of ['Na', 'Cl'])
			await expect(page.locator(`[data-ion-e="${ion}"]`)).toContainText(ion === 'Na' ? '+66,6' : '−73,6');
		// "De" and "À" name the unit of the value swept, and follow it
		await expect(page.getByRole('textbox', { name: 'De (mM)' })).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'À (mM)' })).toBeVisible();
		await page.getByRole('combobox', { name: 'Valeur à faire varier' }).selectOption('T');
		await expect(page.getByRole('textbox', { name: 'De (°C)' })).toBeVisible();
	});
});

test.describe('/fr/labo/ with a mouse', () => {
	test.use({ isMobile: false, hasTouch: false, viewport: { width: 1280, height: 900 } });
	test('its fields keep their smaller size', async ({ page }) => {
		await open(page, '/fr/labo/');
		const height = await page
			.locator('[data-key="Ko"] input[type="text"]')
			.evaluate((e) => e.getBoundingClientRect().height);
		expect(height).toBeLessThan(44);
	});
});
