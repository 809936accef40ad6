// The recorder legend's lines, cut to the chart's width: on a phone a run's words ('Essai 4 : K⁺ intérieur
// 400 mM, Na⁺ extérieur 440 mM + 6') are longer than the room beside its line, and an SVG text never wraps by
// itself. Pure: the width of a character is estimated, generously, from the font's size.

/** The legend's text size, px at 1 : 1 (the chart is drawn at its column's width): ≥ 14 px on a phone. */
export const LEGEND_FONT = 14;
/** One line of the legend, px. */
export const LEGEND_LINE = 19;
/** The widest a character of the legend's text is taken to be, px (system-ui at 14 px: about 7.5 on average). */
const CHAR = 0.58 * LEGEND_FONT;

/**
 * Words cut at spaces into lines that fit `width` px; each line but the last keeps the space it was cut at,
 * so that the lines read back as the words (textContent). A word wider than the room keeps its own line.
 */
export function legendLines(words: string, width: number): string[] {
	const chars = Math.max(8, Math.floor(width / CHAR));
	const lines: string[] = [];
	let line = '';
	for (const word of words.split(' ')) {
		if (line && `${line}${word}`.length > chars) {
			lines.push(line);
			line = '';
		}
		line += `${word} `;
	}
	lines.push(line.trimEnd());
	return lines;
}
