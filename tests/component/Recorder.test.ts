import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SAY_AGAIN_AFTER_ms } from '$lib/a11y/live-status.svelte';
import { LabController } from '$lib/lab/lab.svelte';
import Recorder from '$lib/lab/Recorder.svelte';
import { labCatalogue } from '$lib/lab/words';
import { giveJsdomWhatTheRecorderAsks } from './fixtures/recorder-browser';

// The recorder as a student uses it: two ends typed, a run recorded. A run needs two different ends, and a
// note about an end says which end it is about.

beforeAll(giveJsdomWhatTheRecorderAsks);

function recorder() {
	const lab = new LabController();
	render(Recorder, { lab, m: labCatalogue.en, lang: 'en' });
	const from = screen.getByRole('textbox', { name: 'From (mM)' });
	const to = screen.getByRole('textbox', { name: 'To (mM)' });
	/** types the two ends (null: leaves one as it is) and presses Record */
	const record = async (fromText: string | null, toText: string | null) => {
		if (fromText !== null) await fireEvent.input(from, { target: { value: fromText } });
		if (toText !== null) await fireEvent.input(to, { target: { value: toText } });
		await fireEvent.click(screen.getByRole('button', { name: 'Record a run' }));
	};
	return { lab, record, status: () => screen.getByRole('status').textContent ?? '' };
}

describe('the recorder', () => {
	it('records a run between two different ends', async () => {
		const { lab, record, status } = recorder();
		await record('2', '50');
		expect(lab.runs).toHaveLength(1);
		expect(lab.runs[0]!.sweep.from).toBe(2);
		expect(lab.runs[0]!.sweep.to).toBe(50);
		expect(status()).toContain('Run 1 recorded');
	});

	it('gives each run as a table too, for a reader who cannot see the chart: its ends and the GHK values', async () => {
		const { lab, record } = recorder();
		expect(screen.queryByRole('table')).toBeNull();
		await record('1', '100');
		await record('2', '50');
		const tables = screen.getAllByRole('table');
		expect(tables).toHaveLength(2);
		const rows = tables[0]!.querySelectorAll('tbody tr');
		expect(rows).toHaveLength(11);
		// the first and last rows are the run's ends, with the membrane potential the lab computed there
		const first = lab.runs[0]!.sweep.data[0]!;
		const last = lab.runs[0]!.sweep.data.at(-1)!;
		expect(rows[0]).toHaveTextContent(/^1\s*mM/);
		expect(rows[0]!.querySelectorAll('td')[0]).toHaveTextContent(`−${Math.abs(first.vm_mV).toFixed(1)}`);
		expect(rows[10]).toHaveTextContent(/^100\s*mM/);
		expect(rows[10]!.querySelectorAll('td')[0]).toHaveTextContent(`−${Math.abs(last.vm_mV).toFixed(1)}`);
		// Nernst for K⁺ at 100 mM outside and 140 inside is close to −9 mV: the E_K column says it
		expect(rows[10]!.querySelectorAll('td')[1]).toHaveTextContent(/−9(\.\d)?\s*mV/);
		expect(tables[1]).toHaveAccessibleName(/Run 2/);
	});

	it('records nothing when both ends are the same, and says why', async () => {
		const { lab, record, status } = recorder();
		await record('20', '20');
		expect(lab.runs).toHaveLength(0);
		expect(status()).toMatch(/both 20\smM.*two different ends.*nothing was recorded/);
	});

	it('counts ends that read the same as the same: no run "from 5 mM to 5 mM"', async () => {
		const { lab, record, status } = recorder();
		await record('5', '5.00001');
		expect(lab.runs).toHaveLength(0);
		expect(status()).toMatch(/both 5\smM.*nothing was recorded/);
	});

	it('keeps its axes on the value’s range while the two ends typed are the same', async () => {
		const { record } = recorder();
		const xTicks = () =>
			[...document.querySelectorAll('svg text.x-tick')]
				.map((t) => t.textContent)
				.filter((t) => /^[\d.,\s]+$/.test(t ?? ''));
		await record('20', '20');
		// a run from 20 to 20 is a point: an axis drawn for it would carry one tick
		expect(xTicks().length).toBeGreaterThan(2);
		expect(xTicks()).toContain('1');
		expect(xTicks()).toContain('100');
	});

	it('counts ends clamped to the same value as the same', async () => {
		const { lab, record, status } = recorder();
		await record('5000', '9000');
		expect(lab.runs).toHaveLength(0);
		// each clamped end is named, then the refusal
		expect(status()).toMatch(/K⁺ outside \(From\): 5000 is above.*K⁺ outside \(To\): 9000 is above/);
		expect(status()).toContain('two different ends');
	});

	it('names the end left empty, and does not call nothing “not a number”', async () => {
		const { lab, record, status } = recorder();
		await record(null, '');
		expect(status()).toMatch(/K⁺ outside \(To\): no number was given, so 5\smM is used/);
		expect(status()).not.toContain('“”');
		expect(lab.runs).toHaveLength(1);
		expect(lab.runs[0]!.sweep.to).toBe(5);
	});

	it('says again that nothing was recorded when the same ends are recorded twice', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const { record, status } = recorder();
		await record('20', '20');
		const said = status();
		expect(said).toContain('two different ends');
		await record(null, null);
		// emptied, then written again: a change a screen reader hears, unlike the same text set twice
		expect(status()).toBe('');
		vi.advanceTimersByTime(SAY_AGAIN_AFTER_ms);
		await tick();
		expect(status()).toBe(said);
	});

	it('says that runs of another value were removed when they are, and not again at the next message', async () => {
		const { lab, record, status } = recorder();
		await record('1', '100');
		await fireEvent.change(screen.getByRole('combobox', { name: 'Value to sweep' }), {
			target: { value: 'T' }
		});
		await record('10', '40');
		expect(lab.runs).toHaveLength(1);
		expect(status()).toMatch(/Run 2 recorded.*were removed/);
		await record('20', '20');
		expect(status()).toContain('nothing was recorded');
		expect(status()).not.toContain('removed');
	});

	it('after “Clear the runs”, says so, gives the focus to “Record a run”, and forgets what it said about other ends', async () => {
		const { lab, record, status } = recorder();
		await record('20', '20');
		expect(status()).toContain('two different ends');
		await fireEvent.change(screen.getByRole('combobox', { name: 'Value to sweep' }), {
			target: { value: 'T' }
		});
		expect(status()).toBe('');
		await record(null, null);
		expect(lab.runs).toHaveLength(1);
		await fireEvent.click(screen.getByRole('button', { name: 'Clear the runs' }));
		expect(lab.runs).toHaveLength(0);
		expect(status()).toBe('The runs are cleared.');
		expect(screen.getByRole('button', { name: 'Record a run' })).toHaveFocus();
	});

	it('says under the chart, in words that wrap, how runs of the same sweep differ, which the legend in the drawing cannot', async () => {
		const { lab, record } = recorder();
		const notes = () => document.querySelector('.run-notes');
		await record('1', '100');
		await record('1', '100');
		// the same sweep in the same conditions: nothing to tell apart
		expect(notes()).toBeNull();
		lab.setValue('pNa', 0.15);
		await record('1', '100');
		const shown = notes();
		expect(shown).not.toBeNull();
		// outside the drawing (so it wraps) and on show, not only for screen readers
		expect(shown!.closest('svg, .visually-hidden')).toBeNull();
		expect([...shown!.querySelectorAll('li')].map((li) => li.textContent?.replace(/\u00a0/g, ' '))).toEqual([
			'Run 3: 1 mM to 100 mM, with pNa 0.15'
		]);
	});

	it('draws in the chart’s file its title and the first run’s conditions, which the page shows elsewhere', async () => {
		const files: Blob[] = [];
		URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:chart');
		URL.revokeObjectURL = () => {};
		const { lab, record } = recorder();
		lab.setValue('T', 20);
		await record('1', '100');
		lab.setValue('pNa', 0.15);
		await record('1', '100');
		await fireEvent.click(screen.getByRole('button', { name: /SVG/ }));
		const file = new DOMParser().parseFromString(await files[0]!.text(), 'image/svg+xml');
		const lines = (bold: boolean) =>
			[...file.documentElement.children]
				.filter((child) => child.localName === 'text' && child.hasAttribute('font-weight') === bold)
				.map((text) => text.textContent!.replace(/\u00a0/g, ' '))
				.join(' ');
		// at the top (the chart is 300 px wide in jsdom, so it takes two lines)
		expect(file.documentElement.children[2]!.localName).toBe('text');
		expect(lines(true)).toBe('Membrane potential against K⁺ outside');
		// under the chart: the first run's values, then how the second differs
		const notes = lines(false);
		expect(notes).toMatch(
			/^Conditions of run 1: K⁺ outside on the x axis, K⁺ inside 140 mM, Na⁺ outside 145 mM,/
		);
		expect(notes).toContain(
			'relative permeabilities pK 1, pNa 0.05, pCl 0.45; temperature 20 °C; pump share left out.'
		);
		expect(notes).toMatch(/Run 2: 1 mM to 100 mM, with pNa 0.15$/);
		// the chart itself below the title
		expect(file.querySelector('svg > g[transform] path.run')).not.toBeNull();
	});

	it('saves the whole newest run in the chart’s file, even the instant it is recorded, while it is still being unveiled', async () => {
		// motion allowed: the newest run is unveiled over about a second (jsdom runs no animation, so it stays so)
		vi.spyOn(window, 'matchMedia').mockImplementation(
			(query: string) => ({ matches: false, media: query }) as MediaQueryList
		);
		const files: Blob[] = [];
		URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:chart');
		URL.revokeObjectURL = () => {};
		const { lab, record } = recorder();
		await record('1', '100');
		await record('2', '50');
		await fireEvent.click(screen.getByRole('button', { name: /SVG/ }));
		const file = new DOMParser().parseFromString(await files[0]!.text(), 'image/svg+xml');
		const paths = [...file.querySelectorAll('path.run')];
		expect(paths.map((path) => path.getAttribute('data-run'))).toEqual(['1', '2']);
		// drawn from its first point to its last, as many points as the run has
		const run2 = paths[1]!.getAttribute('d') ?? '';
		expect(run2.match(/[ML]/g)).toHaveLength(lab.runs[1]!.sweep.data.length);
		// and nothing in the file hides it: the page's style sheet, which hides it while it is unveiled, stays behind
		expect(file.querySelector('style')).toBeNull();
		expect(paths[1]!.getAttribute('visibility')).toBeNull();
		expect(paths[1]!.getAttribute('style')).toBeNull();
	});
});

afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});
