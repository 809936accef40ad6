import { describe, expect, it } from 'vitest';
import { actionFor, keyHelp } from '$lib/player/keys';

const press = (key: string, more: Partial<KeyboardEvent> = {}) =>
	actionFor({ key, altKey: false, ctrlKey: false, metaKey: false, target: null, ...more });

describe('the keys a presenter clicker sends', () => {
	it('steps with PageDown/PageUp and the arrows', () => {
		expect([press('PageDown'), press('ArrowRight'), press('PageUp'), press('ArrowLeft')]).toEqual([
			'next',
			'next',
			'previous',
			'previous'
		]);
	});

	it('goes to the first step with Home and to the last with End, as presentation software does', () => {
		expect([press('Home'), press('End')]).toEqual(['restart', 'end']);
	});

	it('blanks to black with B or ".", to white with W, and presents with F', () => {
		expect([press('b'), press('B'), press('.')]).toEqual(['black', 'black', 'black']);
		expect([press('w'), press('W')]).toEqual(['white', 'white']);
		expect([press('f'), press('F')]).toEqual(['present', 'present']);
	});

	it('leaves a key with a modifier to the browser (Ctrl+W closes a tab, not the figure)', () => {
		expect(press('w', { ctrlKey: true })).toBeNull();
		expect(press('b', { metaKey: true })).toBeNull();
		expect(press('.', { altKey: true })).toBeNull();
	});

	it('lists every key it answers in the "?" help', () => {
		const listed = keyHelp.flatMap(({ keys }) => keys.map((key) => key.toLowerCase()));
		for (const key of ['f', 'escape', 'b', '.', 'w', 'pagedown', 'pageup', 'home', 'end'])
			expect(listed).toContain(key);
		expect(keyHelp.map(({ action }) => action)).toEqual(
			expect.arrayContaining(['present', 'leave', 'black', 'white'])
		);
	});
});
