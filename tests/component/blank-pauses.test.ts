import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import LiveScene from '$lib/player/LiveScene.svelte';
import { motion } from '$lib/player/motion.svelte';
import { handClock } from './fixtures/clock';
import { testScene, testWords } from './fixtures/test-scene';

// A clinician presenting with a clicker, the figure in full motion (review clin66): a blanked screen holds the
// figure where it was, so that the key that brings it back shows the moment that was left.
const t = () => Number(screen.getByTestId('t').textContent);
const counter = () => document.querySelector('.scene-shell.presenting')?.textContent ?? '';

let clock: ReturnType<typeof handClock>;
beforeEach(() => {
	clock = handClock();
	vi.spyOn(window, 'scrollTo').mockImplementation(() => {}); // jsdom has no scrolling
	history.replaceState(null, '', '/en/scenes/test/');
	motion.choose(false);
	render(LiveScene, { scene: testScene(), words: testWords, lang: 'en', address: '', globalKeys: true });
});
afterEach(() => {
	clock.restore();
	vi.restoreAllMocks();
	localStorage.clear();
	document.documentElement.style.overflow = '';
});

async function present() {
	await fireEvent.keyDown(document.body, { key: 'f' });
	await tick();
	expect(counter()).toContain('Step 1 of 3');
}

describe('a clicker’s press, presenting in full motion', () => {
	it('holds a playing figure while the screen is blanked: the key that brings it back shows the same moment', async () => {
		await present();
		await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
		clock.advance(0.3);
		const before = t();
		expect(before).toBeGreaterThan(0);
		await fireEvent.keyDown(document.body, { key: 'b' });
		expect(document.querySelector('.present-blank-black')).not.toBeNull();
		clock.advance(5);
		expect(t()).toBe(before);
		await fireEvent.keyDown(document.body, { key: 'b' });
		expect(document.querySelector('.present-blank')).toBeNull();
		clock.advance(1);
		expect(t()).toBe(before);
		expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
	});
});
