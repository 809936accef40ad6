// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyHelp } from '$lib/player/key-help';
import { actionFor, clickerActionFor } from '$lib/player/keys';
import { reachesFigure } from '$lib/player/reaches-figure';

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

describe('a clicker with the focus on a control: a setting of the figure, or the presenter’s bar', () => {
	const inside = (html: string) => {
		document.body.innerHTML = html;
		return document.body.querySelector('[data-focus]')!;
	};
	const click = (key: string, target: Element | null, more: Partial<KeyboardEvent> = {}) =>
		clickerActionFor({ key, altKey: false, ctrlKey: false, metaKey: false, target, ...more });

	it('a consultation’s “Starts at” menu (data-keys) leaves a clicker’s → ← and Page keys to the presentation', () => {
		// left focused after a choice, → would rewrite the prepared sequence; its letters are its own, as it is
		// outside the figure (reachesFigure, WCAG 2.1.4)
		const starts = inside(
			'<select data-keys data-focus><option>Facilitated nerve</option><option>Fewer pain signals</option></select>'
		);
		const at = { target: starts as EventTarget };
		expect(['ArrowRight', 'ArrowLeft'].map((key) => press(key, at))).toEqual(['next', 'previous']);
		expect(['PageDown', 'PageUp'].map((key) => click(key, starts))).toEqual(['next', 'previous']);
		expect(['f', 'F'].map((key) => reachesFigure({ key, target: starts }, null))).toEqual([false, false]);
		// the keyboard still changes it: ↑ ↓ on it, Space or Alt+↓ to open its list
		expect(['ArrowDown', 'ArrowUp', ' '].map((key) => press(key, at))).toEqual([null, null, null]);
		expect(press('ArrowDown', { ...at, altKey: true })).toBeNull();
	});

	it('steps and blanks from a menu, leaving it the letters its options start with', () => {
		// the theme menu: no option starts with B, W or F, so a clicker's keys act
		const theme = inside('<select data-focus><option>Auto</option><option>Projector</option></select>');
		expect(press('PageDown', { target: theme as EventTarget })).toBeNull();
		expect(['PageDown', 'PageUp', 'B', '.', 'W', 'f'].map((key) => click(key, theme))).toEqual([
			'next',
			'previous',
			'black',
			'black',
			'white',
			'present'
		]);
		// a figure's first step: "F" and "b" choose "Facilitated nerve" and "Before the injection"
		const steps = inside(
			'<select data-focus><option>Before the injection</option><option> Facilitated nerve</option></select>'
		);
		expect(['f', 'F', 'b', 'B', 'w', 'PageDown'].map((key) => click(key, steps))).toEqual([
			null,
			null,
			null,
			null,
			'white',
			'next'
		]);
	});

	it('steps and blanks from the position slider, which the ordinary keys leave alone', () => {
		for (const html of [
			'<input type="range" data-focus>',
			'<div role="slider" tabindex="0" data-focus></div>'
		]) {
			const target = inside(html);
			expect(press('PageDown', { target: target as EventTarget })).toBeNull();
			expect(['PageDown', 'PageUp', 'B', '.', 'W'].map((key) => click(key, target))).toEqual([
				'next',
				'previous',
				'black',
				'black',
				'white'
			]);
		}
	});

	it('plays with Space or K and lists the keys with ? from the position bar, leaving it its own keys', () => {
		// the bar is part of the figure: Space there played nothing and scrolled the page 700 px
		const bar = { target: inside('<div role="slider" tabindex="0" data-focus></div>') as EventTarget };
		expect([' ', 'k', 'K', '?'].map((key) => press(key, bar))).toEqual([
			'toggle',
			'toggle',
			'toggle',
			'help'
		]);
		const own = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageDown', 'PageUp'];
		expect(own.map((key) => press(key, bar))).toEqual(own.map(() => null));
		// a range input keeps every key: Space and K included
		const range = { target: inside('<input type="range" data-focus>') as EventTarget };
		expect([' ', 'k', '?'].map((key) => press(key, range))).toEqual([null, null, null]);
	});

	it('starts the presentation with F from a setting (a radio button, a checkbox), which takes no letters', () => {
		for (const html of ['<input type="radio" data-focus>', '<input type="checkbox" data-focus>']) {
			const target = inside(html);
			expect(press('f', { target: target as EventTarget })).toBeNull();
			expect([click('f', target), click('F', target), click('PageDown', target)]).toEqual([
				'present',
				'present',
				'next'
			]);
		}
		expect(click('f', inside('<input type="text" data-focus>'))).toBeNull();
	});

	it('leaves the arrows to the control, and every key to a field being typed in', () => {
		const select = inside('<select data-focus></select>');
		expect([click('ArrowDown', select), click('ArrowRight', select), click(' ', select)]).toEqual([
			null,
			null,
			null
		]);
		for (const html of ['<input type="text" data-focus>', '<textarea data-focus></textarea>'])
			expect(['PageDown', 'b', 'W'].map((key) => click(key, inside(html)))).toEqual([null, null, null]);
		expect(click('w', select, { ctrlKey: true })).toBeNull();
	});
});

describe('a letter reaches the figure only from within it or from the page itself (WCAG 2.1.4)', () => {
	const page = () => {
		document.body.innerHTML =
			'<header><a href="/fr/glossaire/">Glossaire</a><select><option>Clair</option></select></header>' +
			'<figure data-global-keys><button class="present">Présenter</button><input type="range"></figure>';
		return {
			link: document.querySelector('a')!,
			menu: document.querySelector('select')!,
			figure: document.querySelector('figure')!,
			inFigure: document.querySelector('figure button')!,
			slider: document.querySelector('figure input')!
		};
	};

	it('leaves F, B, W, K, ".", "?" and Space to a link or a menu of the page outside the figure', () => {
		const { link, menu, figure } = page();
		for (const target of [link, menu])
			for (const key of ['f', 'F', 'b', 'B', '.', 'w', 'W', 'k', '?', ' '])
				expect(reachesFigure({ key, target }, figure)).toBe(false);
	});

	it('lets them act with the focus in the figure, or on nothing (the page’s body, where a clicker’s keys arrive)', () => {
		const { figure, inFigure, slider } = page();
		for (const target of [inFigure, slider, figure, document.body, document.documentElement])
			for (const key of ['f', 'b', '.', 'w', '?']) expect(reachesFigure({ key, target }, figure)).toBe(true);
	});

	it('lets keys that type nothing (Page Down, arrows, Home, End) reach it from anywhere, as a clicker’s must', () => {
		const { link, menu, figure } = page();
		for (const target of [link, menu])
			for (const key of ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End'])
				expect(reachesFigure({ key, target }, figure)).toBe(true);
	});
});

describe('a clicker’s “start the slideshow” button: F5 and Shift+F5 (keyboard review D1)', () => {
	it('starts presenting with F5 and Shift+F5, and leaves Ctrl+F5 (a hard reload) to the browser', () => {
		expect([press('F5'), press('F5', { shiftKey: true } as Partial<KeyboardEvent>)]).toEqual([
			'start',
			'start'
		]);
		expect(press('F5', { ctrlKey: true })).toBeNull();
		expect(press('F5', { metaKey: true })).toBeNull();
	});

	it('is a clicker’s key from a setting of the figure, but never from a field being typed in', () => {
		document.body.innerHTML = '<input type="checkbox" id="a"><input type="text" id="b"><textarea></textarea>';
		const click = (target: Element) =>
			clickerActionFor({ key: 'F5', altKey: false, ctrlKey: false, metaKey: false, target });
		expect(click(document.getElementById('a')!)).toBe('start');
		expect(click(document.getElementById('b')!)).toBeNull();
		expect(click(document.querySelector('textarea')!)).toBeNull();
	});

	it('is listed in the "?" help, with Shift+F5, as starting (not leaving) the presentation', () => {
		const start = keyHelp.find(({ action }) => action === 'start');
		expect(start?.keys).toEqual(['F5', 'Shift+F5']);
	});

	it('goes where F goes: elsewhere than the figure or the page’s body, F5 stays the browser’s reload', () => {
		document.body.innerHTML = '<a href="/en/">Home</a><figure><button>Present</button></figure>';
		const figure = document.querySelector('figure')!;
		const link = document.querySelector('a')!;
		expect(reachesFigure({ key: 'F5', target: link }, figure)).toBe(false);
		expect(reachesFigure({ key: 'F5', target: figure.querySelector('button') }, figure)).toBe(true);
		expect(reachesFigure({ key: 'F5', target: document.body }, figure)).toBe(true);
	});
});

describe('on a consultation, a clicker’s F5 reaches the figure from anywhere Page Down does; F and "?", characters, do not (WCAG 2.1.4)', () => {
	const page = () => {
		document.body.innerHTML =
			'<a href="#main" class="skip">Skip to content</a><figure><button>Present</button></figure>' +
			'<section><button class="move">Move down</button><select data-keys><option>Facilitated nerve</option>' +
			'</select><input type="text"><div contenteditable="true"></div><input type="checkbox"></section>' +
			'<dialog open><button class="copy">Copy</button></dialog>';
		const $ = (selector: string) => document.querySelector(selector)!;
		return { $, figure: $('figure') };
	};

	it('F5 from the builder’s buttons, a checkbox and the skip link; F and "?" not', () => {
		const { $, figure } = page();
		for (const target of [$('.move'), $('.skip'), $('input[type="checkbox"]')]) {
			expect(reachesFigure({ key: 'F5', target }, figure, true), `F5 on ${target.outerHTML}`).toBe(true);
			for (const key of ['f', 'F', '?'])
				expect(reachesFigure({ key, target }, figure, true), `${key} on ${target.outerHTML}`).toBe(false);
		}
	});

	it('never from a field, a menu (its letters pick an option) or a dialog; nor other letters (B, W, K, Space)', () => {
		const { $, figure } = page();
		for (const target of [$('select'), $('input[type="text"]'), $('[contenteditable]'), $('.copy')])
			for (const key of ['f', 'F', 'F5', '?'])
				expect(reachesFigure({ key, target }, figure, true), `${key} on ${target.outerHTML}`).toBe(false);
		for (const key of ['b', 'w', 'k', ' '])
			expect(reachesFigure({ key, target: $('.move') }, figure, true)).toBe(false);
	});

	it('not on another page with a figure (a figure’s own page): a letter on a button is that button’s', () => {
		const { $, figure } = page();
		expect(reachesFigure({ key: 'f', target: $('.move') }, figure)).toBe(false);
	});
});
