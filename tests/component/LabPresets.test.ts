import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { LabController } from '$lib/lab/lab.svelte';
import LabPresets from '$lib/lab/LabPresets.svelte';
import { PRESETS } from '$lib/lab/state';
import { labCatalogue } from '$lib/lab/words';

// The case buttons as a student reads them: pressed when the lab holds that case, whichever button chose it,
// and a way back to her own values when a case replaced them.
function presets() {
	const lab = new LabController();
	render(LabPresets, { lab, m: labCatalogue.en, lang: 'en' });
	const pressed = () =>
		screen
			.queryAllByRole('button', { pressed: true })
			.map((button) => button.dataset.preset)
			.sort();
	return { lab, pressed };
}

describe('the lab’s case buttons', () => {
	it('press every case the lab holds: at load the neuron and "5 mM" (outside K⁺ is 5 mM), none after a hand change', async () => {
		const { lab, pressed } = presets();
		expect(pressed()).toEqual(['hyperkalaemia-5', 'neuron']);
		await fireEvent.click(screen.getByRole('button', { name: /^K⁺ outside 10\smM, high$/ }));
		expect(pressed()).toEqual(['hyperkalaemia-10']);
		lab.set({ Ko: 5 }); // by hand back to the neuron's values: they are the neuron's case again
		await tick();
		expect(pressed()).toEqual(['hyperkalaemia-5', 'neuron']);
		lab.set({ pNa: 0.1 });
		await tick();
		expect(screen.queryAllByRole('button', { pressed: true })).toEqual([]);
	});

	it('say which case replaced her values and give them back, then say nothing more', async () => {
		const { lab, pressed } = presets();
		expect(screen.queryByText(/replaced the values/)).toBeNull();
		lab.set({ Cli: 30, pNa: 0.1 });
		lab.setPump(true);
		await tick();
		const mine = { ...lab.state };
		const ten = screen.getByRole('button', { name: /^K⁺ outside 10\smM, high$/ });
		await fireEvent.click(ten);
		expect(lab.state).toEqual(PRESETS['hyperkalaemia-10']);
		expect(screen.getByRole('status').textContent).toMatch(
			/“K⁺ outside 10\smM, high” replaced the values you had set\./
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Back to my values' }));
		expect(lab.state).toEqual(mine);
		expect(lab.pump).toBe(true);
		expect(screen.queryByRole('button', { name: 'Back to my values' })).toBeNull();
		expect(document.activeElement).toBe(ten);
		expect(pressed()).toEqual([]);
	});
});
