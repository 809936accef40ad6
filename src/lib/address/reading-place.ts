/**
 * Back to the place read, after the language switch (review patient D10). The switch is in the header: a
 * reader far down a long page climbs back up to it, and the browser would keep, for Back, the top of the
 * page, where they were as they followed it. So as the page is left (pagehide: the next page is on its way
 * and this one is no longer painted) it is put back at the place they climbed from, and that is the place
 * the browser keeps: Back and Forward, or the page kept whole (back-forward cache), return to it.
 */

/** where the reader last scrolled down to: going up, to the header or to read again, is not reading on */
let place = 0;
let last = 0;

/** Notes the place read: called on every scroll, by followReadingSection (one listener for both). */
export function notePlace(): void {
	if (scrollY >= last) place = scrollY;
	last = scrollY;
}

/** As the switch is followed: the page, once left, is back at the place read if the reader climbed from it. */
export function keepReadingPlace(): void {
	addEventListener('pagehide', () => place > scrollY && scrollTo(0, place), { once: true });
}
