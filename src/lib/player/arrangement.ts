import type { Arrangement } from './scene';

/**
 * Outside a presentation, a figure is drawn side by side (its landscape arrangement, when it has one)
 * wherever its drawing has a wide box: an article's full width on a desktop, the drawing's column of a
 * scene page on a laptop. "Wide" is the drawing box's own width, not the window's, so that a figure in a
 * narrow column stays portrait. The same rule is written twice and must stay the same: here for the live
 * figure, and in player.css (`@container stage (min-width: 40rem)`) for the prerendered still frame, which
 * carries both drawings and lets CSS show the one that fits — so nothing moves when the figure wakes.
 */
export const WIDE_STAGE_rem = 40;

/** The arrangement for a drawing box `stageWidth_px` wide, with the page's root font size (rem). */
export function restingArrangement(
	arrangements: readonly Arrangement[] | undefined,
	stageWidth_px: number,
	rootFont_px: number
): Arrangement {
	if (!arrangements?.includes('landscape')) return 'portrait';
	const rem = Number.isFinite(rootFont_px) && rootFont_px > 0 ? rootFont_px : 16;
	return Number.isFinite(stageWidth_px) && stageWidth_px >= WIDE_STAGE_rem * rem ? 'landscape' : 'portrait';
}

/** The page's root font size, px: what `rem` is in a container query (16 where it cannot be read). */
export function rootFontSize(): number {
	if (typeof document === 'undefined') return 16;
	return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
