import { describe, expect, it } from 'vitest';
import { adoptBeforeScript, readBeforeScript } from '$lib/questions/before-script';

/** A still questions block, as the prerendered page has it, after a reader used it. */
function page(html: string) {
	const root = document.createElement('div');
	root.innerHTML = html;
	return root;
}
const question = (id: string, checked: string | null, open: boolean) => `
	<li class="question" data-question="${id}">
		<fieldset>
			<input type="radio" name="q-${id}" value="a" ${checked === 'a' ? 'checked' : ''} />
			<input type="radio" name="q-${id}" value="b" ${checked === 'b' ? 'checked' : ''} />
		</fieldset>
		<details ${open ? 'open' : ''}><summary>Check</summary></details>
	</li>`;

describe('what a reader did with the still questions before their script came', () => {
	it('reads the choices made and the answers opened, question by question', () => {
		const found = readBeforeScript(
			'k2p',
			page(`<section class="questions" data-questions="k2p"><ol>
				${question('opened-unchosen', null, true)}
				${question('opened-chosen', 'b', true)}
				${question('chosen', 'a', false)}
				${question('untouched', null, false)}
			</ol></section>`)
		);
		expect(found.chosen).toEqual({ 'opened-chosen': 'b', chosen: 'a' });
		expect([...found.opened].sort()).toEqual(['opened-chosen', 'opened-unchosen']);
	});

	it('reads only its own block: another figure’s questions on the page are not its', () => {
		const found = readBeforeScript(
			'lab',
			page(`<section class="questions" data-questions="k2p"><ol>${question('x', 'a', true)}</ol></section>`)
		);
		expect(found).toEqual({ chosen: {}, opened: new Set() });
	});

	it('finds nothing where there is no page (prerendering)', () => {
		expect(readBeforeScript('lab', undefined)).toEqual({ chosen: {}, opened: new Set() });
	});
});

describe('what the live questions take over from the still ones', () => {
	const questions = ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id, options: [{ id: 'a' }, { id: 'b' }] }));

	it('an answer opened with a prediction chosen is checked, and the last such down the page is shown', () => {
		const adopted = adoptBeforeScript(
			{ chosen: { q1: 'a', q2: 'b', q3: 'a' }, opened: new Set(['q1', 'q3', 'q4']) },
			questions
		);
		expect(adopted.answered).toEqual({ q1: 'a', q3: 'a' });
		expect(adopted.toShow).toBe('q3');
		// chosen but not opened: still only chosen; opened without a choice: seen first, and never shown
		expect(adopted.chosen).toEqual({ q1: 'a', q2: 'b', q3: 'a' });
		expect(adopted.seenFirst).toEqual({ q4: true });
	});

	it('shows nothing when no answer was opened with a prediction', () => {
		const adopted = adoptBeforeScript({ chosen: { q2: 'a' }, opened: new Set(['q1']) }, questions);
		expect(adopted.toShow).toBeNull();
		expect(adopted.answered).toEqual({});
	});

	it('a choice that is none of the question’s options (an older page) is neither chosen nor checked', () => {
		const adopted = adoptBeforeScript({ chosen: { q1: 'gone' }, opened: new Set(['q1']) }, questions);
		expect(adopted).toEqual({ chosen: {}, answered: {}, seenFirst: { q1: true }, toShow: null });
	});
});
