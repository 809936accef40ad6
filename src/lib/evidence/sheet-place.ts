/** A rectangle in the window's coordinates (CSS pixels), as getBoundingClientRect() gives it. */
export interface Rect {
	top: number;
	bottom: number;
	left: number;
}

export interface Size {
	width: number;
	height: number;
}

export interface Placement {
	top: number;
	left: number;
	/** set when the sheet must scroll inside itself to stay in the window */
	maxHeight?: number;
}

/**
 * Where a badge's sheet goes, in the window's coordinates: under the badge, from its left edge, moved left
 * as far as needed to stay inside the window; above the badge when it fits there and not below. When it
 * fits neither way (a long list at a large text size), it takes the roomier side and scrolls inside itself,
 * so that it stays in the window and never hides its badge.
 */
export function placeSheet(badge: Rect, sheet: Size, window: Size, margin = 8, gap = 6): Placement {
	const rightmost = window.width - margin - sheet.width;
	const left = Math.max(margin, Math.min(badge.left, rightmost));
	const below = badge.bottom + gap;
	const roomBelow = window.height - margin - below;
	const roomAbove = badge.top - gap - margin;
	if (sheet.height <= roomBelow) return { top: below, left };
	if (sheet.height <= roomAbove) return { top: badge.top - gap - sheet.height, left };
	if (roomBelow >= roomAbove) return { top: below, left, maxHeight: roomBelow };
	return { top: margin, left, maxHeight: roomAbove };
}
