// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
	IN_FIGURE_ONLY,
	LETTER_KEYS_ATTRIBUTE,
	LETTER_KEYS_STORAGE,
	setLettersInFigureOnly
} from '$lib/player/letter-keys';
import { holdKeysBeforeWake } from '$lib/player/keys-before-wake';
import { reachesFigure } from '$lib/player/reaches-figure';

// An accessibility review (WCAG 2.1.4): on a figure's own page, with the focus on the page itself, B blacked
// the whole screen out, F presented and K played, with no way to turn that off; a speech-input user or a
// stray press sets them off. The key list now has a switch that keeps letters and signs in the figure.

const figure = document.createElement('figure');
const control = document.createElement('button');
figure.append(control);
document.body.append(figure);
const fromPage = (key: string) => reachesFigure({ key, target: document.body }, figure, true);
const inFigure = (key: string) => reachesFigure({ key, target: control }, figure, true);

afterEach(() => setLettersInFigureOnly(false));

describe('letters and signs from the page itself', () => {
	it('act by default, as a clicker’s B must on a consultation', () => {
		expect(['b', 'B', 'f', 'k', 'w', '.', '?'].map(fromPage)).toEqual(Array(7).fill(true));
	});

	it('turned off, act only in the figure; Space, the Page keys, the arrows and F5 still reach it', () => {
		setLettersInFigureOnly(true);
		expect(['b', 'B', 'f', 'F', 'k', 'w', '.', '?'].map(fromPage)).toEqual(Array(8).fill(false));
		expect(['b', 'f', '?'].map(inFigure)).toEqual([true, true, true]);
		expect([' ', 'PageDown', 'PageUp', 'ArrowRight', 'F5', 'Escape'].map(fromPage)).toEqual(
			Array(6).fill(true)
		);
	});

	it('is remembered on this device, and turned on again, forgotten', () => {
		setLettersInFigureOnly(true);
		expect(localStorage.getItem(LETTER_KEYS_STORAGE)).toBe(IN_FIGURE_ONLY);
		setLettersInFigureOnly(false);
		expect(localStorage.getItem(LETTER_KEYS_STORAGE)).toBeNull();
		expect(document.documentElement.hasAttribute(LETTER_KEYS_ATTRIBUTE)).toBe(false);
		expect(fromPage('b')).toBe(true);
	});

	it('is marked on the page before its first paint, by the inline theme script, from what was remembered', () => {
		const script = readFileSync('src/lib/theme/before-paint.js', 'utf8');
		localStorage.setItem(LETTER_KEYS_STORAGE, IN_FIGURE_ONLY);
		new Function(script)();
		expect(document.documentElement.getAttribute(LETTER_KEYS_ATTRIBUTE)).toBe(IN_FIGURE_ONLY);
		expect(fromPage('b')).toBe(false);
		localStorage.clear();
		document.documentElement.removeAttribute(LETTER_KEYS_ATTRIBUTE);
		new Function(script)();
		expect(fromPage('b')).toBe(true);
	});
});

describe('the keys held before a figure wakes, from the page itself', () => {
	const pressed = (keys: string[]) => {
		const hold = holdKeysBeforeWake();
		for (const key of keys)
			document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
		return hold.release();
	};

	it('are a clicker’s letters too by default; turned off, only Space, the Page keys and F5', () => {
		const keys = ['b', 'f', 'k', ' ', 'PageDown', 'F5'];
		expect(pressed(keys)).toEqual(['black', 'present', 'toggle', 'toggle', 'next', 'start']);
		setLettersInFigureOnly(true);
		expect(pressed(keys)).toEqual(['toggle', 'next', 'start']);
	});
});
