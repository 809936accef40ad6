import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import LiveScene from '$lib/player/LiveScene.svelte';
import { motion } from '$lib/player/motion.svelte';
import { handClock } from './fixtures/clock';
import { testScene, testWords } from './fixtures/test-scene';

// The player as a reader, a clinician with a clicker and a student use it. GSAP's clock is driven by hand:
// nothing here waits on the wall clock.
const shown = () => screen.getByTestId('shown').textContent;
const playing = () => screen.getByRole('button', { name: /Play|Pause/ }).getAttribute('aria-pressed');
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

	it('speaks each step in a polite live region', async () => {
		const { container } = render(LiveScene, { scene: testScene(), words: testWords, lang: 'en' });
		motion.choose(true);
		await fireEvent.keyDown(figure(), { key: 'PageDown' });
		expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent('Channels open');
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

	it('runs it once more when a slider moves', async () => {
		const scene = open();
		await fireEvent.input(screen.getByRole('slider', { name: /Level/ }), { target: { value: '8' } });
		expect(screen.getByTestId('level').textContent).toBe('8');
		expect(scene.model).toHaveBeenCalledTimes(2);
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
