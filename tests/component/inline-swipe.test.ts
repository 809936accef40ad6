import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForInlineSwipes } from '$lib/player/inline-swipe';

// A figure's drawing in the page steps on a sideways swipe, unless the page is pinch-zoomed (inline-swipe.ts).

/** a stand-in for the window's visual viewport, at `scale`, that says when it is resized */
function fakeViewport(scale: number) {
	const viewport = Object.assign(new EventTarget(), { scale });
	vi.stubGlobal('visualViewport', viewport);
	return {
		zoom(to: number) {
			viewport.scale = to;
			viewport.dispatchEvent(new Event('resize'));
		}
	};
}

function finger(target: Element, type: string, x: number, y: number) {
	target.dispatchEvent(
		new PointerEvent(type, {
			bubbles: true,
			isPrimary: true,
			pointerId: 7,
			pointerType: 'touch',
			clientX: x,
			clientY: y
		})
	);
}
const swipe = (target: Element, dx: number, dy: number) => {
	finger(target, 'pointerdown', 200, 300);
	finger(target, 'pointerup', 200 + dx, 300 + dy);
};

function drawing() {
	const stage = document.createElement('div');
	stage.innerHTML = '<svg><rect></rect></svg>';
	document.body.append(stage);
	return { stage, shape: stage.querySelector('rect')! };
}

afterEach(() => {
	vi.unstubAllGlobals();
	document.body.replaceChildren();
});

describe('a sideways swipe on a figure in the page', () => {
	it('steps it forward to the left and back to the right; up or down, or short, is no step', () => {
		fakeViewport(1);
		const { stage, shape } = drawing();
		const step = vi.fn();
		listenForInlineSwipes(stage, step);
		swipe(shape, -120, 20);
		swipe(shape, 120, -10);
		swipe(shape, 30, 0);
		swipe(shape, 60, 200);
		expect(step.mock.calls).toEqual([[1], [-1]]);
	});

	it('lets the browser pan only vertically while the page is at its own scale, every way once zoomed', () => {
		const viewport = fakeViewport(1);
		const { stage, shape } = drawing();
		const step = vi.fn();
		const stop = listenForInlineSwipes(stage, step);
		expect(stage.hasAttribute('data-swipes')).toBe(true);

		viewport.zoom(2.5);
		expect(stage.hasAttribute('data-swipes')).toBe(false);
		swipe(shape, -120, 0);
		expect(step).not.toHaveBeenCalled();

		viewport.zoom(1);
		expect(stage.hasAttribute('data-swipes')).toBe(true);
		swipe(shape, -120, 0);
		expect(step).toHaveBeenCalledWith(1);

		stop();
		expect(stage.hasAttribute('data-swipes')).toBe(false);
		swipe(shape, -120, 0);
		expect(step).toHaveBeenCalledTimes(1);
	});

	it('in a browser without visualViewport, counts the page as unzoomed', () => {
		vi.stubGlobal('visualViewport', undefined);
		const { stage, shape } = drawing();
		const step = vi.fn();
		listenForInlineSwipes(stage, step);
		expect(stage.hasAttribute('data-swipes')).toBe(true);
		swipe(shape, 100, 0);
		expect(step).toHaveBeenCalledWith(-1);
	});
});
