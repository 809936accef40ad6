import { expect, test, type Page } from '@playwright/test';
import { holdIslandsScript } from './site';

// A lab question shows its case in two beats: the case it starts from (pNa 0.05, −67.2 mV), then, 0.9 s later,
// the case asked about (pNa 0.10, −56.9 mV). "The lab now shows a sodium permeability of 0.10 … −56.9 mV" was
// written from the first beat, beside a lab still reading −67.2 mV (QA review 60, D1). Watched frame by frame:
// the sentence is never there while the lab shows another Vm, and it comes once the lab has arrived.

/** every frame for `ms`: the lab's Vm and whether the answer says what the lab now shows */
function watch(page: Page, ms: number) {
	return page.evaluate(
		(ms) =>
			new Promise<{ vm: string; says: boolean }[]>((resolve) => {
				const seen: { vm: string; says: boolean }[] = [];
				const start = performance.now();
				const frame = () => {
					seen.push({
						vm: document.querySelector('[data-lab] output')?.textContent?.trim() ?? '',
						says: document.querySelector('li[data-question="sodium-leak"] [data-gives]') !== null
					});
					if (performance.now() - start < ms) requestAnimationFrame(frame);
					else resolve(seen);
				};
				requestAnimationFrame(frame);
			}),
		ms
	);
}

function expectSaidOnlyWhenTrue(frames: { vm: string; says: boolean }[]) {
	const wrong = frames.filter((f) => f.says && !/^−56,9\smV$/.test(f.vm));
	expect(wrong, 'frames where the answer says −56.9 mV beside another Vm').toEqual([]);
	expect(frames.some((f) => /^−67,2\smV$/.test(f.vm))).toBe(true); // the starting case was shown
	expect(frames[frames.length - 1]).toEqual({ vm: expect.stringMatching(/^−56,9\smV$/), says: true });
}

test('checked live: the sentence comes when the lab reaches the case', async ({ page }) => {
	await page.goto('/fr/labo/');
	await page.locator('[data-questions="lab"][data-live="true"]').waitFor();
	const asked = page.locator('li[data-question="sodium-leak"]');
	await asked.getByRole('radio', { name: /Il monte, une partie du chemin/ }).check();
	const frames = watch(page, 2000);
	await asked.locator('summary').click();
	expectSaidOnlyWhenTrue(await frames);
});

test('checked before the script came: the same, once the lab has started', async ({ page }) => {
	const release = await holdIslandsScript(page);
	await page.goto('/fr/labo/', { waitUntil: 'domcontentloaded' });
	const asked = page.locator('li[data-question="sodium-leak"]');
	await asked.getByRole('radio', { name: /Il monte, une partie du chemin/ }).check();
	await asked.locator('summary').click();
	const frames = watch(page, 4000);
	release();
	expectSaidOnlyWhenTrue(await frames);
});
