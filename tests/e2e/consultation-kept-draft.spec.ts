import { expect, test, type Page } from '@playwright/test';
import { awakeFigure, hydrated } from './site';

// The sequence this browser keeps for the consultation page: a bare visit that reopens it says so, and since
// when; « New sequence » empties it, with Undo for a while; a bookmark's sequence, once edited, takes its place
// and the page says which one it replaced, with Undo. And a bookmark made after rehearsing, which opens on the
// last figure's last step, goes back to the start by one button, or Home twice (physiotherapist's review,
// D2 and D4).
const now = (page: Page) => page.locator('#consultation-now');
const bookmark = '/fr/consultation/?s=hydrodissection,trpv1:channels-open,k2p';

test('a bookmark made after rehearsing goes back to the start with Restart the sequence', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${bookmark}&at=3&step=fewer-signals`);
	await expect(now(page)).toHaveText(/^Figure 3 sur 3/);
	const k2p = awakeFigure(page, 'k2p');
	await expect(k2p.getByRole('slider').first()).toHaveAttribute('aria-valuenow', '6');
	await page.getByRole('button', { name: 'Recommencer la séquence' }).click();
	await expect(now(page)).toHaveText(/^Figure 1 sur 3\u00a0: L’hydrodissection/);
	await expect(page).toHaveURL(bookmark);
	await expect(awakeFigure(page, 'hydrodissection').getByRole('slider').first()).toHaveAttribute(
		'aria-valuenow',
		'1'
	);

	// the intro says what a bookmark keeps, and how to start again
	await expect(page.locator('.consultation > p').first()).toContainText(
		'Mise en favori, l’adresse rouvre la séquence là où vous en étiez'
	);
});

test('Home on a figure’s first step goes back to the sequence’s first figure: Home twice from anywhere', async ({
	page
}) => {
	// from the keyboard (a clicker's Home): the figure's first step, then the sequence's first figure
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${bookmark}&at=3&step=fewer-signals`);
	await hydrated(page);
	const k2p = awakeFigure(page, 'k2p');
	await expect(k2p.getByRole('slider').first()).toHaveAttribute('aria-valuenow', '6');
	await page.keyboard.press('Home');
	await expect(k2p.getByRole('slider').first()).toHaveAttribute('aria-valuenow', '1');
	await expect(now(page)).toHaveText(/^Figure 3 sur 3/);
	await page.keyboard.press('Home');
	await expect(now(page)).toHaveText(/^Figure 1 sur 3/);
	await expect(page).toHaveURL(bookmark);
	await expect(awakeFigure(page, 'hydrodissection')).toBeVisible();
});
