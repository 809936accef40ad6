import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, awakeFigure, hydrated } from './site';

// The sequence this browser keeps for the consultation page: a bare visit that reopens it says so, and since
// when; « New sequence » empties it, with Undo for a while; a bookmark's sequence, once edited, takes its place
// and the page says which one it replaced, with Undo. And a bookmark made after rehearsing, which opens on the
// last figure's last step, goes back to the start by one button, or Home twice (physiotherapist's review,
// D2 and D4).
const now = (page: Page) => page.locator('#consultation-now');
const bar = (page: Page) => page.locator('.kept-draft');
const day_ms = 86_400_000;
const pumpCushion = '/fr/consultation/?s=pump,cushion';
const bookmark = '/fr/consultation/?s=hydrodissection,trpv1:channels-open,k2p';
const stored = (page: Page) =>
	page.evaluate(() => ({
		consultation: localStorage.getItem('consultation'),
		changed: localStorage.getItem('consultation-changed')
	}));

/** A draft kept in this browser, as a visit `daysAgo` days ago left it. */
async function keep(page: Page, sequence: string, daysAgo: number) {
	await page.goto('/fr/');
	await page.evaluate(
		([sequence, changed]) => {
			localStorage.setItem('consultation', sequence!);
			localStorage.setItem('consultation-changed', changed!);
		},
		[sequence, String(Date.now() - daysAgo * day_ms)]
	);
	return (await stored(page)).changed;
}

test('a bare visit says the sequence shown is the one kept in this browser; New sequence empties it, Undo brings it back', async ({
	page
}) => {
	const changed = await keep(page, 'pump,cushion', 7);
	await page.goto('/fr/consultation/');
	await expect(now(page)).toHaveText(/^Figure 1 sur 2/);
	await expect(page).toHaveURL(pumpCushion);
	await expect(bar(page)).toContainText(
		'Séquence gardée dans ce navigateur, modifiée il y a 7\u00a0jours\u00a0: elle se rouvre ici, même une fois la page fermée.'
	);
	expect(await accessibilityViolations(page, undefined, '.prepare-sequence')).toEqual([]);

	await page.getByRole('button', { name: 'Nouvelle séquence' }).click();
	await expect(now(page)).toHaveCount(0);
	await expect(page).toHaveURL('/fr/consultation/');
	await expect(bar(page).getByRole('status')).toHaveText(
		'Séquence vidée\u00a0: elle n’est plus gardée dans ce navigateur.'
	);
	await expect(bar(page)).not.toContainText('Séquence gardée');
	expect(await stored(page)).toEqual({ consultation: null, changed: null });
	const undo = bar(page).getByRole('button', { name: 'Annuler' });
	await expect(undo).toBeFocused();

	await undo.click();
	await expect(now(page)).toHaveText(/^Figure 1 sur 2/);
	await expect(page).toHaveURL(pumpCushion);
	await expect(bar(page).getByRole('status')).toHaveText('La séquence est revenue.');
	// as it was kept, the day it last changed included
	expect(await stored(page)).toEqual({ consultation: 'pump,cushion', changed });
	await expect(bar(page)).toContainText('modifiée il y a 7\u00a0jours');
	await expect(page.getByRole('button', { name: 'Nouvelle séquence' })).toBeFocused();
	await expect(undo).toHaveCount(0);
});

test('a bookmark’s sequence, once edited, says which kept sequence it replaced; Undo keeps that one again', async ({
	page
}) => {
	await keep(page, 'pump,cushion', 2);
	await page.goto(bookmark);
	await expect(now(page)).toHaveText(/^Figure 1 sur 3/);
	await expect(awakeFigure(page, 'hydrodissection')).toBeVisible();
	// a link's sequence, only opened: not the one kept, and nothing said
	await expect(page.getByText('Séquence gardée')).toHaveCount(0);

	await page.getByRole('combobox', { name: /^Commence à \(TRPV1/ }).selectOption('at-rest');
	await expect(page).toHaveURL('/fr/consultation/?s=hydrodissection,trpv1,k2p');
	await expect(bar(page).getByRole('status')).toHaveText(
		'Cette séquence est maintenant celle que garde ce navigateur, à la place de la précédente\u00a0: ' +
			'«\u00a0La pompe Na⁺/K⁺ et son carburant, le glucose\u00a0» et ' +
			'«\u00a0Le coussin de l’hydrotomie\u00a0: une dilution qui ne dure pas\u00a0».'
	);
	expect((await stored(page)).consultation).toBe('hydrodissection,trpv1,k2p');

	await bar(page).getByRole('button', { name: 'Annuler' }).click();
	await expect(bar(page).getByRole('status')).toHaveText(
		'La séquence précédente est de nouveau celle que garde ce navigateur\u00a0; celle-ci reste dans l’adresse de la page.'
	);
	await expect(bar(page).getByRole('status')).toBeFocused();
	expect((await stored(page)).consultation).toBe('pump,cushion');
	// the sequence edited is still shown, in its address; edited again, it replaces nothing
	await expect(now(page)).toHaveText(/^Figure 1 sur 3/);
	await page.getByRole('button', { name: /^Descendre L’hydrodissection/ }).click();
	await expect(page).toHaveURL(/\?s=trpv1,hydrodissection,k2p(&|$)/);
	expect((await stored(page)).consultation).toBe('pump,cushion');
	await expect(bar(page).getByRole('button', { name: 'Annuler' })).toHaveCount(0);

	await page.goto('/fr/consultation/');
	await expect(page).toHaveURL(pumpCushion);
	await expect(bar(page)).toContainText('modifiée il y a 2\u00a0jours');
});

test('English: a bookmark edited without Undo is the sequence kept, said so on the next bare visit', async ({
	page
}) => {
	await keep(page, 'pump,cushion', 1);
	await page.goto('/en/consultation/');
	await expect(bar(page)).toContainText(
		'Sequence kept in this browser, last changed yesterday: it opens again here, even once the page is closed.'
	);
	await page.goto('/en/consultation/?s=cushion,k2p');
	await expect(now(page)).toHaveText(/^Figure 1 of 2/);
	await page.getByRole('button', { name: /^Remove K2P/ }).click();
	await expect(bar(page).getByRole('status')).toHaveText(
		/^This sequence is now the one this browser keeps, in place of the earlier one: “The Na⁺\/K⁺ pump and its fuel, glucose” and “The hydrotomy cushion/
	);
	await expect(bar(page).getByRole('button', { name: 'Undo' })).toBeVisible();

	await page.goto('/en/consultation/');
	await expect(page).toHaveURL('/en/consultation/?s=cushion');
	await expect(bar(page)).toContainText('Sequence kept in this browser, last changed today');
	await expect(page.getByRole('button', { name: 'New sequence' })).toBeVisible();
});

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
