// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tickedEarly, withEarly } from '$lib/decision/early-answers';
import { valuesSetEarly } from '$lib/lab/early-values';
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
			{ key: 'Ko', value: fromSlider('Ko', 356) },
			{ key: 'Nai', value: 20.5, given: '20,5' }
		]);
		expect(fromSlider('Ko', 356)).toBe(363);
	});
});
