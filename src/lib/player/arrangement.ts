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

/**
 * A screen wider than tall and too short for a portrait drawing (a laptop at 200 % text, where the portrait
 * pump was 2.7 screens tall) draws side by side from a box of SHORT_SCREEN_STAGE_px, in pixels, not rem: the
 * side-by-side drawings are at most 1020 units wide and their labels 21, so from 680 px their labels are
 * 14 px or more, the site's rule on a phone (DESIGN.md). A phone held sideways, narrower, keeps its portrait
 * drawing and its larger labels. The same rule is in player.css, a media query around a container query.
 */
export const SHORT_SCREEN = '(orientation: landscape) and (max-height: 32rem)';
export const SHORT_SCREEN_STAGE_px = 680;

/**
 * Whether the screen is SHORT_SCREEN now. Read, not watched: the arrangement is worked out again whenever the
 * drawing's box changes width, as it does when a phone is turned (svelte/reactivity's MediaQuery would put
 * 0.2 KB on every page's first load, over the 45 KB budget on the printable sheets).
 */
export function onShortScreen(): boolean {
	if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
	return window.matchMedia(SHORT_SCREEN).matches;
}

/**
 * The arrangement for a drawing box `stageWidth_px` wide, with the page's root font size (rem), on a screen
 * that is SHORT_SCREEN or not.
 */
export function restingArrangement(
	arrangements: readonly Arrangement[] | undefined,
	stageWidth_px: number,
	rootFont_px: number,
	shortScreen = false
): Arrangement {
	if (!arrangements?.includes('landscape')) return 'portrait';
	const rem = Number.isFinite(rootFont_px) && rootFont_px > 0 ? rootFont_px : 16;
	const wide = shortScreen ? Math.min(WIDE_STAGE_rem * rem, SHORT_SCREEN_STAGE_px) : WIDE_STAGE_rem * rem;
	return Number.isFinite(stageWidth_px) && stageWidth_px >= wide ? 'landscape' : 'portrait';
}

/** The page's root font size, px: what `rem` is in a container query (16 where it cannot be read). */
export function rootFontSize(): number {
	if (typeof document === 'undefined') return 16;
	return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The arrangement for a drawing box `stageWidth_px` wide, on this page and screen. */
export const arrangementHere = (arrangements: readonly Arrangement[] | undefined, stageWidth_px: number) =>
	restingArrangement(arrangements, stageWidth_px, rootFontSize(), onShortScreen());
