import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { LabController } from '$lib/lab/lab.svelte';
import Recorder from '$lib/lab/Recorder.svelte';
import { labCatalogue } from '$lib/lab/words';

// The recorder as a student uses it: two ends typed, a run recorded. A run needs two different ends, and a
// note about an end says which end it is about.

beforeAll(() => {
	// jsdom has no matchMedia; the recorder asks it whether to unveil a run
	window.matchMedia ??= ((query: string) => ({ matches: true, media: query })) as typeof window.matchMedia;
	// nor ResizeObserver, which the chart's measured width uses
	globalThis.ResizeObserver ??= class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
});

function recorder() {
	const lab = new LabController();
	render(Recorder, { lab, m: labCatalogue.en, lang: 'en' });
	const from = screen.getByRole('textbox', { name: 'From' });
	const to = screen.getByRole('textbox', { name: 'To' });
	const record = () => fireEvent.click(screen.getByRole('button', { name: 'Record a run' }));
	return { lab, from, to, record, status: () => screen.getByRole('status').textContent ?? '' };
}

describe('the recorder', () => {
	it('records a run between two different ends', async () => {
		const { lab, from, to, record, status } = recorder();
		await fireEvent.input(from, { target: { value: '2' } });
		await fireEvent.input(to, { target: { value: '50' } });
		await record();
		expect(lab.runs).toHaveLength(1);
		expect(lab.runs[0]!.sweep.from).toBe(2);
		expect(lab.runs[0]!.sweep.to).toBe(50);
		expect(status()).toContain('Run 1 recorded');
	});

	it('records nothing when both ends are the same, and says why', async () => {
		const { lab, from, to, record, status } = recorder();
		await fireEvent.input(from, { target: { value: '20' } });
		await fireEvent.input(to, { target: { value: '20' } });
		await record();
		expect(lab.runs).toHaveLength(0);
		expect(status()).toMatch(/both 20\smM.*two different ends.*nothing was recorded/);
	});

	it('counts ends clamped to the same value as the same', async () => {
		const { lab, from, to, record, status } = recorder();
		await fireEvent.input(from, { target: { value: '5000' } });
		await fireEvent.input(to, { target: { value: '9000' } });
		await record();
		expect(lab.runs).toHaveLength(0);
		// each clamped end is named, then the refusal
		expect(status()).toMatch(/K⁺ outside \(From\): 5000 is above.*K⁺ outside \(To\): 9000 is above/);
		expect(status()).toContain('two different ends');
	});

	it('names the end left empty, and does not call nothing “not a number”', async () => {
		const { lab, to, record, status } = recorder();
		await fireEvent.input(to, { target: { value: '' } });
		await record();
		expect(status()).toMatch(/K⁺ outside \(To\): the field was empty, so 5\smM is used/);
		expect(status()).not.toContain('“”');
		expect(lab.runs).toHaveLength(1);
		expect(lab.runs[0]!.sweep.to).toBe(5);
	});
});
