/**
 * The code a reader copies to show a figure on another site: an <iframe> of the embed page at this site's own
 * address, with a title (what a screen reader announces for the frame), the full width of the column up to a
 * figure's comfortable width (in its style: a width attribute takes pixels only), full screen allowed
 * (presenter mode), loaded when it comes near the screen; then a one-line script that gives each frame of
 * this site the height its page announces (protocol.ts, 'height'), so that the step's words, the evidence
 * and the licence are never hidden below the frame's edge. A site that strips scripts keeps the frame at
 * `embedHeight_px`, where the figure and its controls fit and the rest scrolls inside it.
 */
export const embedHeight_px = 760;
/** the tallest a frame is made, whatever it announces: a bound on what a page from elsewhere may ask */
export const embedMaxHeight_px = 20000;

export function embedSnippet(src: string, title: string): string {
	const origin = new URL(src).origin;
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" height="${embedHeight_px}" ` +
		`style="width: 100%; max-width: 48rem; border: 0" loading="lazy" allow="fullscreen"></iframe>\n` +
		`<script>addEventListener("message",function(e){var d=e.data;` +
		`if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="height"||!(d.height>0))return;` +
		`document.querySelectorAll("iframe").forEach(function(f){` +
		`if(f.contentWindow===e.source)f.style.height=Math.min(Math.ceil(d.height),${embedMaxHeight_px})+"px"})})</script>`
	);
}

/** An attribute value written between double quotes: nothing in it can close the quote or open a tag. */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
