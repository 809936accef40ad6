// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tickedEarly, withEarly } from '$lib/decision/early-answers';
import { setByHand, valuesSetEarly } from '$lib/lab/early-values';
import { NEURON } from '$lib/lab/state';
import { fromSlider, sliderPosition } from '$lib/lab/slider';

// What a reader did on a prerendered page before its code arrived, read from the page as each island is made.

const form = (html: string) => {
	const element = document.createElement('form');
	element.innerHTML = html;
	return element;
};

describe('answers ticked on the choosing form before it started', () => {
	it('reads the ticked radios and boxes, and nothing when none is ticked', () => {
		const ticked = form(`
			<input type="radio" name="value-needles" value="1"><input type="radio" name="value-needles" value="3" checked>
			<input type="radio" name="sure-know" value="yes"><input type="radio" name="sure-know" value="no" checked>
			<input type="checkbox" name="question" value="risks" checked><input type="checkbox" name="question" value="cost">`);
		expect(tickedEarly(ticked)).toEqual({
			values: { needles: 3 },
			sure: { know: false },
			questions: ['risks']
		});
		expect(tickedEarly(form('<input type="radio" name="value-needles" value="1">'))).toBeUndefined();
		expect(tickedEarly(null)).toBeUndefined();
	});

	it('lays them over the stored answers: the latest act wins, a question ticked joins those kept', () => {
		const stored = { values: { needles: 1, time: 2 }, sure: { know: true }, questions: ['cost'] };
		expect(withEarly(stored, { values: { needles: 3 }, sure: {}, questions: ['risks', 'cost'] })).toEqual({
			values: { needles: 3, time: 2 },
			sure: { know: true },
			questions: ['cost', 'risks']
		});
		expect(withEarly(stored, undefined)).toBe(stored);
	});
});

describe('values set in the lab before it started', () => {
	const field = (key: string, position: number, typed: string) => `
		<div class="value-field" data-key="${key}">
			<input type="range" min="0" max="400" value="${position}"><input type="text" value="${typed}">
		</div>`;

	it('reads only the fields moved from their prerendered value, a typed number before its slider', () => {
		const lab = form(
			field('Ko', sliderPosition('Ko', 5), '5') + field('Nai', 12, '12') + field('T', 37, '37')
		);
		lab.querySelector<HTMLInputElement>('[data-key="Ko"] input')!.value = '356';
		lab.querySelectorAll<HTMLInputElement>('[data-key="Nai"] input')[1]!.value = ' 20,5 ';
		expect(valuesSetEarly(lab, 'fr')).toEqual([
			{ key: 'Ko', value: fromSlider('Ko', 356), slider: { position: 356, step: 1 } },
			{ key: 'Nai', value: 20.5, given: '20,5' }
		]);
		expect(fromSlider('Ko', 356)).toBe(363);
	});

	it('leaves out a slider Back refilled where the address’s value stands: 400 mM stays 400, not 398', () => {
		// Back or Forward without the back-forward cache: the browser puts each slider back where it was left
		const opened = { ...NEURON, Ki: 400, pK: 2, T: 20.5 };
		const lab = form(
			field('Ki', sliderPosition('Ki', 140), '140') + field('pK', 1, '1') + field('T', 37, '37')
		);
		lab.querySelector<HTMLInputElement>('[data-key="Ki"] input')!.value = String(sliderPosition('Ki', 400));
		lab.querySelector<HTMLInputElement>('[data-key="pK"] input')!.setAttribute('step', '0.01');
		lab.querySelector<HTMLInputElement>('[data-key="pK"] input')!.value = '2';
		lab.querySelector<HTMLInputElement>('[data-key="T"] input')!.setAttribute('step', '0.5');
		lab.querySelector<HTMLInputElement>('[data-key="T"] input')!.value = '20.5';
		const early = valuesSetEarly(lab, 'en');
		expect(fromSlider('Ki', sliderPosition('Ki', 400))).not.toBe(400);
		expect(early.map(({ key }) => key)).toEqual(['Ki', 'pK', 'T']);
		expect(setByHand(early, opened)).toEqual([]);
		// a quick hand that moved a slider elsewhere before the lab started still counts
		lab.querySelector<HTMLInputElement>('[data-key="Ki"] input')!.value = '356';
		lab.querySelector<HTMLInputElement>('[data-key="T"] input')!.value = '25';
		expect(setByHand(valuesSetEarly(lab, 'en'), opened)).toEqual([
			{ key: 'Ki', value: 363, slider: { position: 356, step: 1 } },
			{ key: 'T', value: 25, slider: { position: 25, step: 0.5 } }
		]);
	});
});
