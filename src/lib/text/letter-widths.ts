/**
 * How wide a character is in a bold sans-serif, in em: the advance widths of DejaVu Sans Bold, the widest
 * font of the site's stack (global.css, --font-body) and the one Linux falls back to, rounded up to 0.05 em.
 * Segoe UI, San Francisco, Roboto and Noto Sans set the same letters narrower, so a title sized by these
 * widths fits on every system. Measured with a canvas in Chromium (scripts/measure-letter-widths.js, which
 * prints this table again). An accented letter is as wide as its letter (é as e); a character not listed
 * counts as the widest here.
 */
const groups: Record<string, string> = {
	'0.2': '\u00a0',
	'0.35': "ijl'\u202f",
	'0.4': 'IJ’‘.,:;·/',
	'0.45': 'f-‐²³¹⁰₂₃',
	'0.5': 'rt–()[]°!_',
	'0.55': '"*⁺⁻',
	'0.6': 'csz?',
	'0.65': 'xL«»',
	'0.7': 'aekovyEFT0123456789αγδ“”',
	'0.75': 'bdghnpquCPSYZßµβκ{}',
	'0.8': 'ABKRVXΔπσ',
	'0.85': 'DGHNU+−±=×÷<>≤≥→←#~',
	'0.9': 'OQ&',
	'0.95': 'w',
	'1': 'M—…@',
	'1.05': 'mæ%½',
	'1.1': 'œÆ',
	'1.15': 'W',
	'1.2': 'Œ'
};
const UNLISTED_em = 1.2;

const widths = new Map<string, number>(
	Object.entries(groups).flatMap(([width, characters]) => [...characters].map((c) => [c, Number(width)]))
);

/** The width of one character (one code point) in em of a bold sans-serif. */
export function letterWidth(character: string): number {
	return widths.get(character) ?? widths.get(character.normalize('NFD').charAt(0)) ?? UNLISTED_em;
}
