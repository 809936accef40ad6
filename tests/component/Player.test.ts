import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import LiveScene from '$lib/player/LiveScene.svelte';
import { motion } from '$lib/player/motion.svelte';
import { IDLE_AFTER_ms } from '$lib/player/presenter.svelte';
import type { Arrangement } from '$lib/player/scene';
import { handClock } from './fixtures/clock';
import { testScene, testWords } from './fixtures/test-scene';
import en from '$lib/player/messages/en.json';

// The player as a reader, a clinician with a clicker and a student use it. GSAP's clock is driven by hand:
// nothing here waits on the wall clock.
const shown = () => screen.getByTestId('shown').textContent;
// its name says what it does next: "Pause" while it plays
const playing = () =>
	String(screen.getAllByRole('button', { name: /^(Play|Pause)$/ })[0]!.textContent?.includes('Pause'));
const figure = () => screen.getAllByRole('group', { name: 'Test scene' })[0]!;

function open(options: { reducedMotion?: boolean; count?: number } = {}) {
	motion.choose(options.reducedMotion ?? false);
	const scene = testScene();
	for (let i = 0; i < (options.count ?? 1); i++) render(LiveScene, { scene, words: testWords, lang: 'en' });
	return scene;
}

let clock: ReturnType<typeof handClock>;
beforeEach(() => {
	clock = handClock();
});
afterEach(() => {
	clock.restore();
	localStorage.clear();
});

describe('scene player', () => {
	it('steps forward and back with the ◀ ▶ buttons, naming the step they lead to', async () => {
		open({ reducedMotion: true });
		expect(shown()).toBe('At rest');
		await fireEvent.click(screen.getByRole('button', { name: 'Next step: Channels open' }));
		expect(shown()).toBe('Channels open');
		await fireEvent.click(screen.getByRole('button', { name: 'Next step: Signal sent' }));
		expect(shown()).toBe('Signal sent');
		await fireEvent.click(screen.getByRole('button', { name: 'Previous step: Channels open' }));
		expect(shown()).toBe('Channels open');
	});

	it('answers the keys a keyboard and a presenter clicker send', async () => {
		open({ reducedMotion: true });
		await fireEvent.keyDown(figure(), { key: 'PageDown' });
		expect(shown()).toBe('Channels open');
		await fireEvent.keyDown(figure(), { key: 'ArrowRight' });
		expect(shown()).toBe('Signal sent');
		await fireEvent.keyDown(figure(), { key: 'PageUp' });
		expect(shown()).toBe('Channels open');
		await fireEvent.keyDown(figure(), { key: 'Home' });
		expect(shown()).toBe('At rest');
		await fireEvent.keyDown(figure(), { key: 'End' });
		expect(shown()).toBe('Signal sent'); // the last step, from the first
	});

	it('answers a clicker even after a setting was used with the mouse; arrows stay the setting’s own', async () => {
		open({ reducedMotion: true });
		const slider = screen.getByRole('slider', { name: /Level/ });
		slider.focus();
		// the key's own action (the slider's page-sized step) is cancelled
		expect(await fireEvent.keyDown(slider, { key: 'PageDown' })).toBe(false);
		expect(shown()).toBe('Channels open');
		await fireEvent.keyDown(slider, { key: 'PageUp' });
		expect(shown()).toBe('At rest');
		await fireEvent.keyDown(slider, { key: 'ArrowRight' });
		expect(shown()).toBe('At rest');
	});

	it('leaves keys alone when a modifier is held (browser shortcuts still work)', async () => {
		open({ reducedMotion: true });
		await fireEvent.keyDown(figure(), { key: 'ArrowRight', altKey: true });
		expect(shown()).toBe('At rest');
	});

	it('moves through a passage in full motion and arrives at the next step', async () => {
		open();
		await fireEvent.click(screen.getByRole('button', { name: 'Next step: Channels open' }));
		clock.advance(0.1);
		const midway = Number(screen.getByTestId('t').textContent);
		expect(midway).toBeGreaterThan(0);
		expect(midway).toBeLessThan(1);
		clock.advance(1);
		expect(shown()).toBe('Channels open');
		expect(screen.getByTestId('t').textContent).toBe('1');
	});

	it('plays on through every step by itself, then stops, only when motion is allowed', async () => {
		open();
		await fireEvent.keyDown(figure(), { key: ' ' });
		expect(playing()).toBe('true');
		clock.advance(1);
		expect(shown()).toBe('Channels open');
		clock.advance(2);
		expect(shown()).toBe('Signal sent');
		expect(playing()).toBe('false');
	});

	it('with reduced motion, Play takes one step at once and never moves on by itself', async () => {
		open({ reducedMotion: true });
		await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
		expect(shown()).toBe('Channels open');
		expect(playing()).toBe('false');
		clock.advance(3);
		expect(shown()).toBe('Channels open');
		expect(screen.getByTestId('t').textContent).toBe('1');
	});

	it('offers a scrub bar as a slider that speaks the step', async () => {
		open({ reducedMotion: true });
		const slider = screen.getByRole('slider', { name: 'Position in the animation' });
		expect(slider).toHaveAttribute('aria-valuetext', 'Step 1 of 3: At rest');
		await fireEvent.keyDown(slider, { key: 'End' });
		expect(slider).toHaveAttribute('aria-valuenow', '3');
		expect(shown()).toBe('Signal sent');
	});

	it('marks on the scrub bar each step the figure has reached while it plays', async () => {
		const { container } = render(LiveScene, { scene: testScene(), words: testWords, lang: 'en' });
		motion.choose(false);
		const reached = () => container.querySelectorAll('.scrub .tick.reached').length;
		expect(reached()).toBe(1);
		await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
		clock.advance(1.2, 72);
		expect(shown()).toBe('Channels open');
		expect(Number(screen.getByTestId('t').textContent)).toBeLessThan(2);
		expect(reached()).toBe(2);
		clock.advance(2);
		expect(reached()).toBe(3);
	});

	it('speaks each step in a polite live region', async () => {
		const { container } = render(LiveScene, { scene: testScene(), words: testWords, lang: 'en' });
		motion.choose(true);
		await fireEvent.keyDown(figure(), { key: 'PageDown' });
		expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent('Channels open');
	});
	it('keeps quiet while the text beside it moves it (a scroll story), and speaks again once the reader acts', async () => {
		motion.choose(true);
		const scene = testScene();
		const { container, rerender } = render(LiveScene, {
			scene,
			words: testWords,
			lang: 'en',
			startStep: null
		});
		const caption = () => container.querySelector('.scene-description')!;
		expect(caption()).toHaveAttribute('aria-live', 'polite');
		// the reader scrolls to the text of the second step: the figure goes there without a word
		await rerender({ scene, words: testWords, lang: 'en', startStep: scene.steps[1]!.id });
		expect(caption()).toHaveTextContent('Channels open');
		expect(caption()).not.toHaveAttribute('aria-live');
		// the reader steps the figure themselves: what it shows is spoken again
		await fireEvent.keyDown(figure(), { key: 'PageDown' });
		expect(caption()).toHaveAttribute('aria-live', 'polite');
	});
});

describe('work per frame', () => {
	it('runs the model once, not once per frame, while a scene plays 60 frames', async () => {
		const scene = open();
		expect(scene.model).toHaveBeenCalledTimes(1);
		await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
		clock.advance(1, 60);
		expect(Number(screen.getByTestId('t').textContent)).toBeGreaterThan(0);
		expect(scene.model).toHaveBeenCalledTimes(1);
	});

	it('writes the address once play comes to rest, or as a passage sets off, never in the middle of the motion', async () => {
		// replacing the address is a same-document navigation, ~19 ms of the main thread in Chrome
		history.replaceState(null, '', '/en/scenes/test/');
		motion.choose(false);
		render(LiveScene, { scene: testScene(), words: testWords, lang: 'en', address: '' });
		const replace = vi.spyOn(history, 'replaceState');
		try {
			await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
			clock.advance(1.2, 72);
			expect(shown()).toBe('Channels open');
			expect(replace).not.toHaveBeenCalled();
			clock.advance(2);
			expect(playing()).toBe('false');
			expect(replace).toHaveBeenCalledTimes(1);
			expect(location.search).toBe('?step=signal');

			// ◀ takes a passage of its own: the address names the step it heads for as it sets off (a reload
			// then opens it there), and is not written again on the way nor on arrival
			await fireEvent.click(screen.getByRole('button', { name: 'Previous step: Channels open' }));
			expect(replace).toHaveBeenCalledTimes(2);
			expect(location.search).toBe('?step=open');
			clock.advance(0.1, 6);
			expect(shown()).not.toBe('Channels open');
			clock.advance(1);
			expect(shown()).toBe('Channels open');
			expect(replace).toHaveBeenCalledTimes(2);
			expect(location.search).toBe('?step=open');
		} finally {
			replace.mockRestore();
		}
	});

	it('runs it once more when a slider moves', async () => {
		const scene = open();
		await fireEvent.input(screen.getByRole('slider', { name: /Level/ }), { target: { value: '8' } });
		expect(screen.getByTestId('level').textContent).toBe('8');
		expect(scene.model).toHaveBeenCalledTimes(2);
	});

	it('names a slider by what it sets, and says its value once, as the value', async () => {
		open();
		const slider = screen.getByRole('slider', { name: /Level/ });
		await fireEvent.input(slider, { target: { value: '8' } });
		// a name that changed with the value would be read again at every step, the value twice
		expect(slider).toHaveAccessibleName(/^Level:?$/);
		expect(slider.getAttribute('aria-valuetext')).toMatch(/8/);
	});
});

describe('one motion preference for the page', () => {
	it('ticking "no continuous motion" in one figure stills every figure on the page, and is remembered', async () => {
		open({ count: 2 });
		const [first, second] = screen.getAllByRole('checkbox', { name: 'No continuous motion' });
		await fireEvent.click(screen.getAllByRole('button', { name: 'Play' })[1]!);
		clock.advance(0.3);
		await fireEvent.click(first!);
		expect(second).toBeChecked();
		const still = screen.getAllByTestId('t').map((t) => t.textContent);
		clock.advance(2);
		expect(screen.getAllByTestId('t').map((t) => t.textContent)).toEqual(still);
		expect(still.every((t) => Number.isInteger(Number(t)))).toBe(true);
		expect(localStorage.getItem('reduced-motion')).toBe('on');
	});
});

describe('presenter mode', () => {
	const presentingShell = () => document.querySelector('.scene-shell.presenting');
	function present(options: { arrangements?: readonly Arrangement[]; globalKeys?: boolean } = {}) {
		motion.choose(true);
		vi.spyOn(window, 'scrollTo').mockImplementation(() => {}); // jsdom has no scrolling
		render(LiveScene, {
			scene: testScene(options.arrangements),
			words: testWords,
			lang: 'en',
			globalKeys: options.globalKeys ?? false
		});
	}
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
		document.documentElement.style.overflow = '';
	});

	it('opens by the Present button, takes the page’s keys, and Escape gives back the focus it had', async () => {
		present();
		const button = screen.getByRole('button', { name: 'Present' });
		button.focus();
		await fireEvent.click(button);
		await tick();
		expect(presentingShell()).not.toBeNull();
		expect(document.documentElement.style.overflow).toBe('hidden');
		// in an article the keys are the page's, but a presentation takes them wherever they are sent
		await fireEvent.keyDown(document.body, { key: 'PageDown' });
		expect(shown()).toBe('Channels open');
		await fireEvent.keyDown(document.body, { key: 'Escape' });
		await tick();
		expect(presentingShell()).toBeNull();
		expect(document.documentElement.style.overflow).toBe('');
		expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus();
	});

	it('opens and closes with F, and names its button by what it does next', async () => {
		present({ globalKeys: true });
		await fireEvent.keyDown(document.body, { key: 'f' });
		await tick();
		expect(screen.getByRole('button', { name: 'Leave the presentation' })).toBeInTheDocument();
		await fireEvent.keyDown(document.body, { key: 'F' });
		await tick();
		expect(presentingShell()).toBeNull();
		expect(screen.getByRole('button', { name: 'Present' })).toBeInTheDocument();
	});

	it('asks the figure for its landscape drawing on a wide screen, and for portrait again after', async () => {
		present({ arrangements: ['portrait', 'landscape'] });
		expect(screen.getByTestId('arrangement').textContent).toBe('portrait');
		await fireEvent.click(screen.getByRole('button', { name: 'Present' }));
		// the presenter draws the figure in each arrangement to measure its labels (a tick each), then keeps the
		// one with the larger: with no layout here, equal, so the wide drawing on a wide screen. How many draws
		// takes is the layout's business (a balance tries each arrangement, then the older rules do): 20 ticks are more
		// than it needs
		for (let drawn = 0; drawn < 20; drawn++) await tick();
		expect(innerWidth).toBeGreaterThan(innerHeight);
		expect(screen.getByTestId('arrangement').textContent).toBe('landscape');
		await fireEvent.keyDown(document.body, { key: 'Escape' });
		await tick();
		expect(screen.getByTestId('arrangement').textContent).toBe('portrait');
	});

	it('keeps a portrait-only figure in portrait', async () => {
		present();
		await fireEvent.click(screen.getByRole('button', { name: 'Present' }));
		await tick();
		expect(screen.getByTestId('arrangement').textContent).toBe('portrait');
	});

	it('blanks to black or white; the key that brings the figure back does nothing else', async () => {
		const blank = () => document.querySelector('.present-blank');
		const said = () =>
			screen.queryAllByRole('status').filter((status) => status.textContent?.includes(en.presentBlanked));
		present({ globalKeys: true });
		await fireEvent.keyDown(document.body, { key: 'f' });
		await tick();
		// the status that will say so is in the page before the screen blanks, silent
		const statuses = screen.queryAllByRole('status');
		expect(said()).toEqual([]);
		for (const [key, colour] of [
			['b', 'black'],
			['.', 'black'],
			['W', 'white']
		] as const) {
			await fireEvent.keyDown(document.body, { key });
			expect(blank()).toHaveClass(`present-blank-${colour}`);
			// said by a status that was there already (other controls have statuses of their own)
			expect(said()).toHaveLength(1);
			expect(statuses).toContain(said()[0]);
			await fireEvent.keyDown(document.body, { key: 'PageDown' });
			expect(blank()).toBeNull();
			expect(said()).toEqual([]);
			expect(shown()).toBe('At rest');
			expect(presentingShell()).not.toBeNull();
		}
	});

	it('lets the control bar fade after a few idle seconds and brings it back on a pointer move', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		present();
		await fireEvent.click(screen.getByRole('button', { name: 'Present' }));
		await tick();
		expect(presentingShell()).not.toHaveClass('present-idle');
		vi.advanceTimersByTime(IDLE_AFTER_ms - 100);
		flushSync();
		expect(presentingShell()).not.toHaveClass('present-idle');
		vi.advanceTimersByTime(200);
		flushSync();
		expect(presentingShell()).toHaveClass('present-idle');
		await fireEvent.pointerMove(window);
		expect(presentingShell()).not.toHaveClass('present-idle');
	});
});

describe('the arrangement outside a presentation', () => {
	const drawn = (stageWidth: number, arrangements?: readonly Arrangement[]) => {
		render(LiveScene, { scene: testScene(arrangements), words: testWords, lang: 'en', stageWidth });
		return screen.getByTestId('arrangement').textContent;
	};

	it('is side by side when the still frame’s drawing box was wide and the figure draws so', () => {
		expect(drawn(720, ['portrait', 'landscape'])).toBe('landscape');
	});

	it('is portrait in a narrow box, or for a figure that draws only that', () => {
		expect(drawn(390, ['portrait', 'landscape'])).toBe('portrait');
	});

	it('is portrait for a portrait-only figure however wide its box', () => {
		expect(drawn(1200)).toBe('portrait');
	});
});
