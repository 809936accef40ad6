import { notePlace } from './reading-place';

/**
 * The section being read: the id of the nearest heading above the reading line (a third of the way down the
 * screen, where eyes rest), or '' at the top of the page. Headings have the same ids in both languages, so
 * the language switch can send the reader to the same place. The section the address names (`asked`, its
 * #hash: a link followed to it) stays the one read while its heading is on screen above the line: the
 * headings of its first subsections (the summary's cards under "In short") may be above it too.
 */
export function readingSection(
	root: ParentNode = document,
	line = innerHeight / 3,
	asked = decodeHash(location.hash)
): string {
	if (scrollY < 1) return '';
	let section = '';
	for (const heading of root.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]:not(dialog *, figure *)')) {
		const top = heading.getBoundingClientRect().top;
		if (top > line) break;
		if (heading.id === asked && top >= -1) return asked;
		section = heading.id;
	}
	return section;
}

function decodeHash(hash: string): string {
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return hash.slice(1);
	}
}

/**
 * Follows the section being read as the page scrolls (once per frame at most), and the place read
 * (reading-place.ts); returns the stop function.
 * Back at the top, above the first heading, the last section read stays: the language switch is up there,
 * in the header, and a reader scrolls up to it from the section they want to read in the other language.
 */
export function followReadingSection(onsection: (id: string) => void): () => void {
	let queued = 0;
	const onscroll = () => {
		notePlace();
		if (queued) return;
		queued = requestAnimationFrame(() => {
			queued = 0;
			const section = readingSection();
			if (section) onsection(section);
		});
	};
	addEventListener('scroll', onscroll, { passive: true });
	return () => {
		removeEventListener('scroll', onscroll);
		cancelAnimationFrame(queued);
	};
}
