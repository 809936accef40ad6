import { describe, expect, it } from 'vitest';
import { mendedItem } from '$lib/consultation/mend-item';
import pump from '$lib/scenes/pump';

// A hand-edited consultation link can give a figure a setting it cannot take as written: the figure moves it
// and says so on screen; the sequence then carries the value shown, so the link shared with the patient does
// not ask again for what the figure refused.

describe('a sequence item’s settings, mended as its figure takes them', () => {
	it('moves a value beyond the range to its end, as the figure shows it', () => {
		const item = { scene: 'pump', step: 'fuel-cut', params: { glucose_mM: '99999', oxygen: 'off' } };
		const mended = mendedItem(item, pump);
		expect(mended.step).toBe('fuel-cut');
		expect(Number(mended.params?.glucose_mM)).toBeCloseTo(277.5, 0);
		expect(mended.params?.oxygen).toBe('off');
	});

	it('leaves out a value that means nothing, and the settings themselves when none is left', () => {
		expect(mendedItem({ scene: 'pump', step: null, params: { glucose_mM: 'abc' } }, pump)).toEqual({
			scene: 'pump',
			step: null
		});
	});

	it('keeps the item itself when every value is one the figure takes', () => {
		const item = { scene: 'pump', step: null, params: { glucose_mM: '0', oxygen: 'off' } };
		expect(mendedItem(item, pump)).toBe(item);
		const bare = { scene: 'pump', step: null };
		expect(mendedItem(bare, pump)).toBe(bare);
	});
});
