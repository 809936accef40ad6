/**
 * The <iframe> a reader copies to show a figure on another site: the embed page at this site's own address,
 * a title (what a screen reader announces for the frame), the full width of the column up to a figure's
 * comfortable width, and a height that holds a portrait figure with its controls and caption. Full screen
 * (presenter mode) is allowed; the frame loads when it comes near the screen.
 */
export const embedHeight_px = 760;

export function embedSnippet(src: string, title: string): string {
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" ` +
		`height="${embedHeight_px}" style="max-width: 48rem; border: 0" loading="lazy" allow="fullscreen"></iframe>`
	);
}

/** An attribute value written between double quotes: nothing in it can close the quote or open a tag. */
export function escapeAttribute(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * The embed page's address with the step shown now and the settings the reader changed (a slider, a
 * switch), as on the scene's own page: ?step=k-efflux&openFraction=0.8. The frame then shows the figure the
 * clinician set up, not its defaults.
 */
export function embedAddress(
	origin: string,
	path: string,
	step: string | null,
	settings: Readonly<Record<string, string>> = {}
): string {
	const url = new URL(path, origin);
	if (step) url.searchParams.set('step', step);
	for (const [key, value] of Object.entries(settings)) url.searchParams.set(key, value);
	return url.href;
}
