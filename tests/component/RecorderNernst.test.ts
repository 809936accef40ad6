import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { LabController } from '$lib/lab/lab.svelte';
import Recorder from '$lib/lab/Recorder.svelte';
import { labCatalogue } from '$lib/lab/words';
import { giveJsdomWhatTheRecorderAsks } from './fixtures/recorder-browser';

// A student sweeping Na⁺ outside expects to see Vm approach E_Na: the chart's dotted line, its legend and the
// table are the swept value's ion's Nernst potential, not always K⁺'s.
beforeAll(giveJsdomWhatTheRecorderAsks);

async function recordSweepOf(key: string) {
	const lab = new LabController();
	const { container } = render(Recorder, { lab, m: labCatalogue.en, lang: 'en' });
	await fireEvent.change(screen.getByRole('combobox', { name: 'Value to sweep' }), {
		target: { value: key }
	});
	await fireEvent.click(screen.getByRole('button', { name: 'Record a run' }));
	const legend = container.querySelector('svg .legend')!.textContent!.replace(/\s+/g, ' ');
	const columns = [...container.querySelectorAll('.recorder-table thead th')].map((th) => th.textContent);
	// the dotted line's heights, against the plot's (its y axis's line, top to bottom)
	const ys = [
		...container
			.querySelector('path.nernst')!
			.getAttribute('d')!
			.matchAll(/,(-?[\d.]+)/g)
	].map((m) => Number(m[1]));
	const axis = container.querySelector('svg .axes line')!;
	const plot = [Number(axis.getAttribute('y1')), Number(axis.getAttribute('y2'))];
	return { lab, legend, columns, ys, plot };
}

describe('the recorder’s Nernst line', () => {
	it('is E_Na for a sweep of Na⁺ outside: named so, in the table too, and inside the axis', async () => {
		const { legend, columns, ys, plot } = await recordSweepOf('Nao');
		expect(legend).toContain('ENa (Nernst), last run');
		expect(legend).not.toContain('EK');
		expect(columns).toEqual(['Na⁺ outside', 'Vm', 'ENa']);
		expect(ys.length).toBeGreaterThan(1);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(plot[0]!);
		expect(Math.max(...ys)).toBeLessThanOrEqual(plot[1]!);
	});

	it('is E_Cl for a sweep of Cl⁻ inside, and stays E_K for K⁺ outside', async () => {
		expect((await recordSweepOf('Cli')).legend).toContain('ECl (Nernst), last run');
		document.body.innerHTML = '';
		const k = await recordSweepOf('Ko');
		expect(k.legend).toContain('EK (Nernst), last run');
		expect(k.columns).toEqual(['K⁺ outside', 'Vm', 'EK']);
	});
});
