import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PlayerHarness from './PlayerHarness.svelte';

const shown = () => screen.getByTestId('shown').textContent;

describe('scene player', () => {
	it('steps forward and back with the ◀ ▶ buttons, naming the step they lead to', async () => {
		render(PlayerHarness, { reducedMotion: true });
		expect(shown()).toBe('At rest');
		await fireEvent.click(screen.getByRole('button', { name: 'Next step: Channels open' }));
		expect(shown()).toBe('Channels open');
		await fireEvent.click(screen.getByRole('button', { name: 'Next step: Signal sent' }));
		expect(shown()).toBe('Signal sent');
		await fireEvent.click(screen.getByRole('button', { name: 'Previous step: Channels open' }));
		expect(shown()).toBe('Channels open');
	});

	it('answers the keys a keyboard and a presenter clicker send', async () => {
		render(PlayerHarness, { reducedMotion: true });
		const figure = screen.getByRole('group', { name: 'Test scene' });
		await fireEvent.keyDown(figure, { key: 'PageDown' });
		expect(shown()).toBe('Channels open');
		await fireEvent.keyDown(figure, { key: 'ArrowRight' });
		expect(shown()).toBe('Signal sent');
		await fireEvent.keyDown(figure, { key: 'PageUp' });
		expect(shown()).toBe('Channels open');
		await fireEvent.keyDown(figure, { key: 'Home' });
		expect(shown()).toBe('At rest');
	});

	it('leaves keys alone when a modifier is held (browser shortcuts still work)', async () => {
		render(PlayerHarness, { reducedMotion: true });
		await fireEvent.keyDown(screen.getByRole('group', { name: 'Test scene' }), {
			key: 'ArrowRight',
			altKey: true
		});
		expect(shown()).toBe('At rest');
	});

	it('moves through a passage in full motion and arrives at the next step', async () => {
		render(PlayerHarness);
		await fireEvent.click(screen.getByRole('button', { name: 'Next step: Channels open' }));
		await waitFor(() => expect(shown()).toBe('Channels open'), { timeout: 3000 });
	});

	it('plays on through every step by itself only when motion is allowed', async () => {
		render(PlayerHarness);
		await fireEvent.keyDown(screen.getByRole('group', { name: 'Test scene' }), { key: ' ' });
		expect(screen.getByTestId('playing').textContent).toBe('true');
		await waitFor(() => expect(shown()).toBe('Signal sent'), { timeout: 4000 });
		await waitFor(() => expect(screen.getByTestId('playing').textContent).toBe('false'));
	});

	it('with reduced motion, Play takes one step at once and never auto-advances', async () => {
		render(PlayerHarness, { reducedMotion: true });
		await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
		expect(shown()).toBe('Channels open');
		expect(screen.getByTestId('playing').textContent).toBe('false');
		await new Promise((resolve) => setTimeout(resolve, 800));
		expect(shown()).toBe('Channels open');
	});

	it('offers a scrub bar as a slider that speaks the step', async () => {
		render(PlayerHarness, { reducedMotion: true });
		const slider = screen.getByRole('slider', { name: 'Position in the animation' });
		expect(slider).toHaveAttribute('aria-valuetext', 'Step 1 of 3: At rest');
		await fireEvent.keyDown(slider, { key: 'End' });
		expect(slider).toHaveAttribute('aria-valuenow', '3');
		expect(shown()).toBe('Signal sent');
	});

	it('speaks each step in a polite live region', async () => {
		const { container } = render(PlayerHarness, { reducedMotion: true });
		await fireEvent.keyDown(screen.getByRole('group', { name: 'Test scene' }), { key: 'PageDown' });
		expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent('Channels open');
	});
});
