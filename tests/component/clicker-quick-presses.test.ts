import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SequenceHost } from '$lib/address/figure-context';
import LiveScene from '$lib/player/LiveScene.svelte';
import { motion } from '$lib/player/motion.svelte';
import type { PlayerAction } from '$lib/player/keys';
import { handClock } from './fixtures/clock';
import InSequence from './fixtures/InSequence.svelte';
import { testScene, testWords } from './fixtures/test-scene';

// A clinician's clicker pressed quicker than the figure's passages run: what a screen reader hears, and how a
// sequence (a consultation) moves on. GSAP's clock is driven by hand: nothing here waits on the wall clock.
const shown = () => screen.getByTestId('shown').textContent;
const spoken = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!.textContent;

let clock: ReturnType<typeof handClock>;
beforeEach(() => {
	clock = handClock();
	motion.choose(false);
});
afterEach(() => {
	clock.restore();
	localStorage.clear();
});

/** a consultation reduced to its host: a figure before and after this one */
function sequence() {
	const host = {
		attach: () => () => {},
		opensPresented: () => false,
		stage: () => null,
		place: () => 'Figure 2 of 3',
		neighbour: (direction: 1 | -1) => (direction === 1 ? 'Next figure' : 'Previous figure'),
		pass: vi.fn<(direction: 1 | -1) => void>(),
		failed: () => {},
		patient: () => false
	} satisfies SequenceHost;
	return host;
}

function inSequence(startStep: string, keysBeforeWake: readonly PlayerAction[] = []) {
	const host = sequence();
	render(InSequence, {
		host,
		scene: testScene(),
		words: testWords,
		lang: 'en',
		startStep,
		globalKeys: true,
		keysBeforeWake
	});
	return host;
}

describe('a clicker pressed quicker than the passages run', () => {
	it('speaks the step a quick run of presses lands on, not each step it crosses', async () => {
		const { container } = render(LiveScene, {
			scene: testScene(),
			words: testWords,
			lang: 'en',
			globalKeys: true
		});
		const said = [spoken(container)];
		const listen = () => said[said.length - 1] === spoken(container) || said.push(spoken(container));
		await fireEvent.keyDown(document.body, { key: 'PageDown' });
		clock.advance(0.1);
		listen();
		await fireEvent.keyDown(document.body, { key: 'PageDown' });
		for (let frame = 0; frame < 60; frame++) {
			clock.advance(1 / 60, 1);
			listen();
		}
		expect(shown()).toBe('Signal sent');
		expect(said).toEqual(['At rest', 'Signal sent']);
	});

	it('a single press still speaks the step it goes to', async () => {
		const { container } = render(LiveScene, {
			scene: testScene(),
			words: testWords,
			lang: 'en',
			globalKeys: true
		});
		await fireEvent.keyDown(document.body, { key: 'PageDown' });
		clock.advance(1);
		expect(spoken(container)).toBe('Channels open');
	});

	it('in a sequence, a press while the last step is still arriving opens the next figure', async () => {
		const host = inSequence('open');
		await fireEvent.keyDown(document.body, { key: 'PageDown' });
		clock.advance(0.05);
		expect(host.pass).not.toHaveBeenCalled();
		await fireEvent.keyDown(document.body, { key: 'PageDown' });
		expect(host.pass).toHaveBeenCalledExactlyOnceWith(1);
	});

	it('and back: a press while the first step is still arriving opens the previous figure', async () => {
		const host = inSequence('open');
		await fireEvent.keyDown(document.body, { key: 'PageUp' });
		clock.advance(0.05);
		await fireEvent.keyDown(document.body, { key: 'PageUp' });
		expect(host.pass).toHaveBeenCalledExactlyOnceWith(-1);
	});

	// handoff64 D6: ▶ said "Next step" while the last step arrived, and a tap finished the passage, where
	// Page Down opened the next figure
	it('in a sequence, ▶ names and opens the next figure while the last step is still arriving, as Page Down', async () => {
		const host = inSequence('open');
		const next = () => screen.getByRole('button', { name: /^Next (step|figure)/ });
		expect(next()).toHaveAccessibleName('Next step: Signal sent');
		await fireEvent.click(next());
		clock.advance(0.05);
		await tick();
		expect(host.pass).not.toHaveBeenCalled();
		expect(next()).toHaveAccessibleName('Next figure: Next figure');
		await fireEvent.click(next());
		expect(host.pass).toHaveBeenCalledExactlyOnceWith(1);
	});

	it('presses held while the figure woke open the next figure once, not one figure each', () => {
		const host = inSequence('open', ['next', 'next', 'next']);
		expect(host.pass).toHaveBeenCalledExactlyOnceWith(1);
	});
});
