import { listenForSwipes } from './swipe';

/** The page's pinch-zoom beyond which a finger's sideways pan is the reader's own (a rounding margin past 1) */
const ZOOMED = 1.01;

/**
 * A sideways swipe on a figure's drawing in the page (an article, a scene's page, a consultation) steps it as
 * on a presented figure (swipe.ts): to the left forward, to the right back. On a phone, ◀ and ▶ sit under the
 * drawing and its words, and the drawing is where the eye and the thumb are.
 *
 * Not while the page is pinch-zoomed: a low-vision reader zoomed in moves across the drawing with a sideways
 * pan, which the browser must keep. While the page is at its own scale the drawing is marked `data-swipes`,
 * and only then does it let the browser pan vertically alone (player.css); zoomed, the mark goes, and a finger
 * on the drawing pans every way again. Without `visualViewport` (an old browser) the page counts as unzoomed.
 */
export function listenForInlineSwipes(drawing: HTMLElement, step: (direction: 1 | -1) => void): () => void {
	const viewport = window.visualViewport;
	const unzoomed = () => (viewport?.scale ?? 1) <= ZOOMED;
	const mark = () => drawing.toggleAttribute('data-swipes', unzoomed());
	mark();
	viewport?.addEventListener('resize', mark);
	const unswipe = listenForSwipes(drawing, unzoomed, step);
	return () => {
		unswipe();
		viewport?.removeEventListener('resize', mark);
		drawing.removeAttribute('data-swipes');
	};
}
