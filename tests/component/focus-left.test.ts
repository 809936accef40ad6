import { describe, expect, it } from 'vitest';
import { focusLeft } from '$lib/a11y/focus-left';

// A floating menu or sheet closes when Tab takes the focus past it, not when the focus moves inside it,
// nor when a click on the page's text leaves the focus nowhere (its click-outside rule decides then).
describe('focus leaving a container', () => {
	document.body.innerHTML = '<div id="box"><a href="#a" id="inside">a</a></div><a href="#b" id="after">b</a>';
	const box = document.getElementById('box')!;
	const leaving = (to: Element | null) => new FocusEvent('focusout', { relatedTarget: to });
	it.each([
		['to a link after it', 'after', true],
		['to a link inside it', 'inside', false],
		['to the container itself', 'box', false],
		['to nothing', null, false]
	] as const)('%s: %s', (_, to, left) => {
		expect(focusLeft(leaving(to && document.getElementById(to)), box)).toBe(left);
	});
	it('no container: nothing has been left', () => {
		expect(focusLeft(leaving(document.getElementById('after')), undefined)).toBe(false);
	});
});
