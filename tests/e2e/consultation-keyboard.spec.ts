import { expect, test, type Page } from '@playwright/test';
import { sceneCases } from './scene-table';
import { awakeFigure } from './site';

// A consultation worked from the keyboard alone, as a clinician with a screen reader meets it: a figure's own
// ◀ and ▶ keep the focus when they open the figure before or after, and the list says where a moved figure is.
const awake = awakeFigure;
const figure = (page: Page, scene: string) => page.locator(`figure.scene[data-scene="${scene}"]`);
/** the figure's own transport: ◀, play, ▶ (PlayerControls) */
const transport = (page: Page, scene: string) => figure(page, scene).locator('.scene-live .transport');
const caseOf = (id: string) => sceneCases.find((scene) => scene.id === id)!;
const k2p = caseOf('k2p');
const needle = caseOf('needle-depth');
const titles = {
	k2p: {
		fr: 'Canaux K2P : le potassium sort, le nerf se calme',
		en: 'K2P channels: potassium leaves, the nerve calms down'
	},
	needle: { en: 'How deep the needle goes: skin to scale' }
} as const;

async function open(page: Page, address: string, scene: string) {
	// the focus, not the motion, is under test: without it each step is there at once
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(address);
	await expect(awake(page, scene)).toBeVisible();
}

test('a figure’s ▶ past its last step opens the next figure with the focus on that figure’s ▶', async ({
	page
}) => {
	await open(page, '/en/consultation/?s=needle-depth,k2p', 'needle-depth');
	const next = transport(page, 'needle-depth').locator('button.next');
	await next.focus();
	for (let i = 1; i < needle.steps.length - 1; i++) {
		await page.keyboard.press('Enter');
		await expect(next).toHaveAccessibleName(`Next step: ${needle.names.en[i + 1]}`);
	}
	await page.keyboard.press('Enter');
	await expect(next).toHaveAccessibleName(`Next figure: ${titles.k2p.en}`);
	await page.keyboard.press('Enter');

	await expect(awake(page, 'k2p')).toBeVisible();
	const k2pNext = transport(page, 'k2p').locator('button.next');
	await expect(k2pNext).toBeFocused();
	await expect(k2pNext).toHaveAccessibleName(`Next step: ${k2p.names.en[1]}`);
	await expect(k2pNext).toBeInViewport();
	// and the next press steps the new figure on, from where the focus is
	await page.keyboard.press('Enter');
	await expect(k2pNext).toHaveAccessibleName(`Next step: ${k2p.names.en[2]}`);
});

test('a figure’s ◀ before its first step opens the figure before with the focus on that figure’s ◀', async ({
	page
}) => {
	await open(page, '/en/consultation/?s=needle-depth,k2p&at=2', 'k2p');
	const previous = transport(page, 'k2p').getByRole('button', { name: /^Previous figure:/ });
	await expect(previous).toHaveAccessibleName(`Previous figure: ${titles.needle.en}`);
	await previous.focus();
	await page.keyboard.press('Enter');

	await expect(awake(page, 'needle-depth')).toBeVisible();
	const needlePrevious = transport(page, 'needle-depth').getByRole('button', { name: /^Previous step/ });
	await expect(needlePrevious).toBeFocused();
	await expect(needlePrevious).toHaveAccessibleName(`Previous step: ${needle.names.en.at(-2)}`);
	await expect(needlePrevious).toBeInViewport();
});

test('Page Down past the last step, the focus on a figure’s control, keeps it in the figure that opens', async ({
	page
}) => {
	await open(page, `/en/consultation/?s=needle-depth:${needle.steps.at(-1)},k2p`, 'needle-depth');
	// on ▶: the next figure's ▶
	await transport(page, 'needle-depth').locator('button.next').focus();
	await page.keyboard.press('PageDown');
	await expect(awake(page, 'k2p')).toBeVisible();
	await expect(transport(page, 'k2p').locator('button.next')).toBeFocused();

	// Page Up on the first step, the focus on Play (which has no like in the figure's ◀ ▶): the figure itself
	await transport(page, 'k2p').locator('button.play').focus();
	await page.keyboard.press('PageUp');
	await expect(awake(page, 'needle-depth')).toBeVisible();
	await expect(figure(page, 'needle-depth').getByRole('group', { name: titles.needle.en })).toBeFocused();
});

test('a figure opened while the focus is elsewhere on the page leaves the focus where it is', async ({
	page
}) => {
	await open(page, `/en/consultation/?s=needle-depth:${needle.steps.at(-1)},k2p`, 'needle-depth');
	// the clinician is in the list below, and pages on with the clicker
	const show = page.getByRole('button', { name: `Show ${titles.k2p.en}` });
	await show.focus();
	await page.keyboard.press('PageDown');
	await expect(awake(page, 'k2p')).toBeVisible();
	await expect(transport(page, 'k2p').locator('button.next')).not.toBeFocused();
	await expect(show).toBeFocused();
});

for (const lang of ['fr', 'en'] as const) {
	test(`in ${lang}, a figure moved in the list says where it is now`, async ({ page }) => {
		await open(page, `/${lang}/consultation/?s=k2p,needle-depth,cushion`, 'k2p');
		const list = page.getByRole('list', {
			name: lang === 'fr' ? /Figures de la consultation/ : /Figures of/
		});
		const down = list.getByRole('button', {
			name: lang === 'fr' ? `Descendre ${titles.k2p.fr}` : `Move down: ${titles.k2p.en}`
		});
		await down.focus();
		await page.keyboard.press('Enter');
		const said = page.getByRole('status').filter({ hasText: titles.k2p[lang] });
		await expect(said).toHaveText(
			lang === 'fr'
				? `${titles.k2p.fr}\u00a0: maintenant figure 2 sur 3.`
				: `${titles.k2p.en}: now figure 2 of 3.`
		);
		await expect(page).toHaveURL(`/${lang}/consultation/?s=needle-depth,k2p,cushion`);
		await expect(down).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(said).toHaveText(
			lang === 'fr'
				? `${titles.k2p.fr}\u00a0: maintenant figure 3 sur 3.`
				: `${titles.k2p.en}: now figure 3 of 3.`
		);
	});
}
