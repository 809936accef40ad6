import { describe, expect, it } from 'vitest';
import { writeSequence } from '$lib/address/sequence';
import { withShownSettings } from '$lib/consultation/shown-settings';

// A GP taps Capsaicin on the first figure of a consultation, explains its numbers, and shares the sequence:
// the patient's link must open that figure with capsaicin, not with the heat it was added with.
const sequence = [
	{ scene: 'trpv1', step: 'signal-sent' },
	{ scene: 'pump', step: null, params: { glucose_mM: '0' } }
];

describe('a consultation’s figure keeps the settings it shows', () => {
	it('takes the settings the figure shows now, at its chosen step, the other figures untouched', () => {
		const shown = withShownSettings(sequence, 0, { stimulus: 'capsaicin' });
		expect(writeSequence(shown)).toBe('trpv1:signal-sent:stimulus=capsaicin,pump:glucose_mM=0');
	});

	it('drops the settings a figure was added with once it is back at its defaults', () => {
		expect(writeSequence(withShownSettings(sequence, 1, {}))).toBe('trpv1:signal-sent,pump');
		expect(writeSequence(withShownSettings(sequence, 1, { glucose_mM: '2' }))).toBe(
			'trpv1:signal-sent,pump:glucose_mM=2'
		);
	});

	it('gives the same list when nothing changed, no figure is there, or the figure says nothing', () => {
		expect(withShownSettings(sequence, 1, { glucose_mM: '0' })).toBe(sequence);
		expect(withShownSettings(sequence, 0, {})).toBe(sequence);
		expect(withShownSettings(sequence, 5, { stimulus: 'acid' })).toBe(sequence);
		expect(withShownSettings(sequence, 0, undefined)).toBe(sequence);
	});
});
