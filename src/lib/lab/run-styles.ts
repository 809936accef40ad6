/**
 * How the recorder tells its runs apart: colour (≥ 3:1 on the light and the dark ground) *and* dash, so that
 * a reader who cannot tell the colours apart, or a black-and-white print, still can. One per run, up to four.
 */
export const RUN_STYLES = [
	{ colour: '#d55e00', dash: '' },
	{ colour: '#0072b2', dash: '9 5' },
	{ colour: '#009e73', dash: '2 4' },
	{ colour: '#9467bd', dash: '12 4 3 4' }
] as const;

/** A run's stroke, as SVG attributes: its colour, and its dash (none for the first). */
export function runStroke(style: number): { stroke: string; 'stroke-dasharray': string | undefined } {
	const { colour, dash } = RUN_STYLES[style % RUN_STYLES.length]!;
	return { stroke: colour, 'stroke-dasharray': dash || undefined };
}
