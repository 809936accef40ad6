/**
 * The page behind presentations, as it stood before the first of them: kept across presentations that follow
 * one another (a consultation's next figure opens presented as the one before closes), and put back by the
 * last to end.
 */
let before: { x: number; y: number; overflow: string } | null = null;
/** the page has been put back since: the next presentation keeps the page as it then stands */
let restored = true;
let open = 0;

/**
 * A presentation begins: the page is kept as it stands, unless it is still the one a presentation before kept.
 * One `carried` over from the figure before (a consultation's next figure) keeps the page that presentation
 * found, even if it was put back between the two: the next figure grew in the page as it came alive, and the
 * browser's scroll anchoring moved the page with it (a screen and more down, without full screen), so that
 * the page as it then stood was not the clinician's, and the end of the presentation left the footer shown.
 */
export function presentationBegins(carried = false): void {
	if (restored && !(carried && before)) {
		before = { x: scrollX, y: scrollY, overflow: document.documentElement.style.overflow };
		restored = false;
	}
	open += 1;
}

export function presentationEnds(): void {
	open -= 1;
}

/** No presentation is open (another figure has not taken the screen over). */
export const noPresentation = () => open === 0;

/** Puts the page back as it stood, once no presentation is open: false, and nothing done, while one is. */
export function putPageBack(): boolean {
	if (open > 0 || !before) return false;
	document.documentElement.style.overflow = before.overflow;
	scrollTo(before.x, before.y);
	restored = true;
	return true;
}
