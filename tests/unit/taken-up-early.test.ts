// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tickedEarly, withEarly } from '$lib/decision/early-answers';
import { presetChosenEarly, pumpSetEarly, valuesSetEarly } from '$lib/lab/early-values';
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
	// as prerendered, each value's slider and typed field; `marked`: what the starter marks as typed in or moved
	const field = (key: string, position: number, typed: string) => `
		<div class="value-field" data-key="${key}">
			<input type="range" min="0" max="400" value="${position}"><input type="text" value="${typed}">
		</div>`;
	const set = (lab: ParentNode, key: string, which: 0 | 1, value: string) => {
		const input = lab.querySelectorAll<HTMLInputElement>(`[data-key="${key}"] input`)[which]!;
		input.value = value;
		input.setAttribute('data-typed', '');
	};

	it('reads only the fields the student set (start.js marks them), a typed number before its slider', () => {
		const lab = form(
			field('Ko', sliderPosition('Ko', 5), '5') + field('Nai', 12, '12') + field('T', 37, '37')
		);
		set(lab, 'Ko', 0, '356');
		set(lab, 'Nai', 0, '200');
		set(lab, 'Nai', 1, ' 20,5 ');
		expect(valuesSetEarly(lab, 'fr')).toEqual([
			{ key: 'Ko', value: fromSlider('Ko', 356) },
			{ key: 'Nai', value: 20.5, given: '20,5' }
		]);
		expect(fromSlider('Ko', 356)).toBe(363);
	});

	it('leaves out a slider Back refilled where the address’s value stands: 400 mM stays 400, not 398', () => {
		// Back or Forward without the back-forward cache: the browser puts each slider back where it was left,
		// and no input is fired, so nothing is marked
		const lab = form(field('Ki', sliderPosition('Ki', 140), '140') + field('T', 37, '37'));
		lab.querySelector<HTMLInputElement>('[data-key="Ki"] input')!.value = String(sliderPosition('Ki', 400));
		expect(fromSlider('Ki', sliderPosition('Ki', 400))).not.toBe(400);
		expect(valuesSetEarly(lab, 'en')).toEqual([]);
		// a quick hand that moved a slider before the lab started still counts
		set(lab, 'T', 0, '25');
		expect(valuesSetEarly(lab, 'en')).toEqual([{ key: 'T', value: 25 }]);
	});

	it('reads the case chosen early from the lab’s island, and the pump’s switch only when it was turned', () => {
		const island = document.createElement('site-island');
		island.setAttribute('data-island', 'membrane-lab');
		island.innerHTML = '<div data-lab><p class="pump"><input type="checkbox"></p></div>';
		const lab = island.querySelector('[data-lab]')!;
		expect(presetChosenEarly(lab)).toBeUndefined();
		expect(pumpSetEarly(lab)).toBeUndefined();
		island.setAttribute('data-preset-chosen', 'k2p-open');
		expect(presetChosenEarly(lab)).toBe('k2p-open');
		island.setAttribute('data-preset-chosen', 'not-a-case');
		expect(presetChosenEarly(lab)).toBeUndefined();
		const pump = lab.querySelector('input')!;
		pump.checked = true;
		pump.setAttribute('data-typed', '');
		expect(pumpSetEarly(lab)).toBe(true);
		pump.checked = false;
		expect(pumpSetEarly(lab)).toBe(false);
	});
});
