import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LayeredFigure from './fixtures/LayeredFigure.svelte';

// While a figure moves, its moving parts are drawn in a second SVG over the drawing (so that a frame
// repaints them, not the whole figure); at rest, and in a still frame, there is one drawing with every part.
const drawings = (container: HTMLElement) => [...container.querySelectorAll('svg')];

describe('the moving parts’ own layer', () => {
	it('at rest: one drawing, named, holding the parts that move after the rest', () => {
		const { container } = render(LayeredFigure, { playing: false });
		expect(drawings(container)).toHaveLength(1);
		const drawing = screen.getByRole('img', { name: 'A membrane' });
		expect(drawing.querySelector('.membrane')).not.toBeNull();
		// drawn last: over the rest, as they are when lifted into their layer
		expect(drawing.lastElementChild?.querySelector('.ion')).not.toBeNull();
	});

	it('moving: the moving parts in a second SVG, hidden from screen readers, with the same viewBox', async () => {
		const { container, rerender } = render(LayeredFigure, { playing: false });
		await rerender({ playing: true });
		const [drawing, layer] = drawings(container);
		expect(layer).toBeDefined();
		expect(layer!.getAttribute('aria-hidden')).toBe('true');
		expect(layer!.getAttribute('viewBox')).toBe(drawing!.getAttribute('viewBox'));
		expect(layer!.classList).toContain('test-figure'); // the scene's styles reach it
		expect(layer!.querySelector('.ion')).not.toBeNull();
		expect(drawing!.querySelector('.ion')).toBeNull();
		expect(drawing!.querySelector('.membrane')).not.toBeNull();
		// still one image for assistive technology
		expect(screen.getAllByRole('img')).toHaveLength(1);
	});

	it('stopped again: the parts come back into the one drawing and the layer goes', async () => {
		const { container, rerender } = render(LayeredFigure, { playing: true });
		await rerender({ playing: false });
		expect(drawings(container)).toHaveLength(1);
		expect(drawings(container)[0]!.querySelector('.ion')).not.toBeNull();
	});

	it('a still frame (no shell that moves) draws one SVG, with no box around it', () => {
		const { container } = render(LayeredFigure, { live: false });
		expect(drawings(container)).toHaveLength(1);
		expect(container.querySelector('.figure-layers')).toBeNull();
		expect(container.querySelector('svg .ion')).not.toBeNull();
	});
});
