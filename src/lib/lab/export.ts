// What the recorder exports, made in the browser: the runs as CSV (one row per point, every value of the
// state spelled out, so a spreadsheet can recompute each row) and the chart as a standalone SVG file.
import type { Lang } from '$lib/i18n/languages';
import { PUMP_ELECTROGENIC_SHARE_mV } from '$lib/physiology';
import { LAB_KEYS, LAB_RANGES, type LabKey } from './state';
import { stateAt, type Sweep } from './sweep';
import { labCatalogue, type LabWords } from './words';

/** A value's short name and unit, as the files' names use it (Ko_mM, T_C); the permeabilities have none. */
const UNIT_SUFFIX = { mM: '_mM', '°C': '_C', '': '' } as const;
export const csvColumn = (key: LabKey) => `${key}${UNIT_SUFFIX[LAB_RANGES[key].unit]}`;

/**
 * The CSV's columns, in order: the run, the value swept, the ten values, the pump's share, Vm and E_K, then
 * E_Na and E_Cl (added after the others, so that a spreadsheet built on the earlier file still finds its columns).
 */
export const CSV_COLUMNS = ['run', 'swept', ...LAB_KEYS, 'pump', 'Vm', 'EK', 'ENa', 'ECl'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Each column's name in the catalogue, its key written out so that a test finds it. */
const csvWordKeys = {
	run: 'csvRun',
	swept: 'csvSwept',
	Ko: 'csvKo',
	Ki: 'csvKi',
	Nao: 'csvNao',
	Nai: 'csvNai',
	Clo: 'csvClo',
	Cli: 'csvCli',
	pK: 'csvpK',
	pNa: 'csvpNa',
	pCl: 'csvpCl',
	T: 'csvT',
	pump: 'csvPump',
	Vm: 'csvVm',
	EK: 'csvEK',
	ENa: 'csvENa',
	ECl: 'csvECl'
} as const satisfies Record<CsvColumn, keyof LabWords>;

/**
 * A column's name in the page's language, its unit in parentheses and the permeabilities said to be relative
 * ('K⁺ ext. (mM)', 'pK (relative)'): the file is read away from the page, by someone who never saw its fields.
 */
export const csvName = (lang: Lang, column: CsvColumn) => labCatalogue[lang][csvWordKeys[column]];

/** The header row's names in the page's language. */
export const csvHeader = (lang: Lang) => CSV_COLUMNS.map((column) => csvName(lang, column));

/** What a spreadsheet in the language reads: French Excel splits fields on ';', its decimal comma taken. */
const CSV_FORMAT: Record<Lang, { separator: string; decimal: string }> = {
	fr: { separator: ';', decimal: ',' },
	en: { separator: ',', decimal: '.' }
};

/** The byte-order mark: a spreadsheet opening the file reads it as UTF-8. */
export const BOM = '\uFEFF';

/** Significant digits of the file's numbers: beyond what the lab shows, enough to recompute a row's Vm. */
const DIGITS = 6;

/**
 * The runs as a spreadsheet reads them in the language: a header line then one line per point, '\n' line
 * ends, numbers to 6 significant digits (no thousands separator, an ASCII minus: 3.16228, not
 * 3.1622776601683795). The header names each column in the language, with its unit; `swept` names the
 * swept value's column as the header does, so that a formula can find it. The file begins with a byte-order
 * mark, so that a spreadsheet reads its names ('é', 'K⁺') as UTF-8, not as the system's old code page.
 */
export function runsToCsv(runs: readonly { label: string; sweep: Sweep }[], lang: Lang): string {
	const { separator, decimal } = CSV_FORMAT[lang];
	const quote = (text: string) =>
		text.includes(separator) || /["\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	const number = (v: number) => String(Number(v.toPrecision(DIGITS))).replace('.', decimal);
	const lines = [csvHeader(lang).map(quote).join(separator)];
	for (const { label, sweep } of runs) {
		for (const point of sweep.data) {
			const state = stateAt(sweep.base, sweep.key, point.x);
			lines.push(
				[
					quote(label),
					quote(csvName(lang, sweep.key)),
					...LAB_KEYS.map((key) => number(state[key])),
					number(sweep.pump ? PUMP_ELECTROGENIC_SHARE_mV : 0),
					number(point.vm_mV),
					number(point.eK_mV),
					number(point.eNa_mV),
					number(point.eCl_mV)
				].join(separator)
			);
		}
	}
	return `${BOM}${lines.join('\n')}\n`;
}

/** A line of the file's notes under the chart, px: the legend's own spacing; ~7 px a character at 13 px. */
const NOTE_LINE = 16;
const NOTE_CHAR = 7;
/** A line of its title above the chart: 15 px bold, ~8.5 px a character. */
const TITLE_LINE = 20;
const TITLE_CHAR = 8.5;

/** A note cut at spaces into lines that fit `chars` characters (a word longer than that keeps its line). */
function wrap(note: string, chars: number): string[] {
	const lines: string[] = [];
	for (const word of note.split(' ')) {
		const last = lines[lines.length - 1];
		if (last !== undefined && last.length + 1 + word.length <= chars)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** Lines of text from `top`, one every `step` px, left-aligned with the chart's margin. */
const textLines = (lines: readonly string[], top: number, step: number, attributes: string) =>
	lines
		.map(
			(line, i) =>
				`<text x="16" y="${top + (i + 1) * step}" ${attributes} fill="currentColor">${escapeXml(line)}</text>`
		)
		.join('');

/**
 * The chart as a file of its own: the drawing's markup with the SVG namespace, a white ground and the
 * page's text colour written in, since the file leaves the page's style sheet behind. Its `title` is drawn
 * above the chart (an SVG <title> alone is not shown), which moves the chart down. `notes`, under the chart
 * and wrapped to its width, say what the drawing's legend has no room for on a phone: the conditions of the
 * runs, how runs of the same sweep differ ("Run 2: 1 mM to 100 mM, with pNa 0.1"), so that a figure pasted in
 * a report tells them apart.
 */
export function standaloneSvg(
	markup: string,
	width: number,
	height: number,
	{ title = '', notes = [] }: { title?: string; notes?: readonly string[] } = {}
): string {
	const body = markup
		.replace(/^<svg\b[^>]*>/, '')
		.replace(/<\/svg>\s*$/, '')
		.replace(/<!---->/g, '');
	const heading = title ? wrap(title, Math.floor((width - 32) / TITLE_CHAR)) : [];
	const chartTop = heading.length ? heading.length * TITLE_LINE + 8 : 0;
	const lines = notes.flatMap((note) => wrap(note, Math.floor((width - 32) / NOTE_CHAR)));
	const tall = chartTop + height + (lines.length ? lines.length * NOTE_LINE + 8 : 0);
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${tall}" viewBox="0 0 ${width} ${tall}" color="#1b1e22" font-family="sans-serif">` +
		(title ? `<title>${escapeXml(title)}</title>` : '') +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		textLines(heading, 0, TITLE_LINE, 'font-size="15" font-weight="bold"') +
		(chartTop ? `<g transform="translate(0 ${chartTop})">${body}</g>` : body) +
		textLines(lines, chartTop + height, NOTE_LINE, 'font-size="13"') +
		`</svg>\n`
	);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A download's name, after the value swept: 'membrane-lab-Ko_mM.csv' (`name`: the catalogue's words). */
export const fileName = (name: string, key: LabKey, extension: 'csv' | 'svg') =>
	`${name.replace('{swept}', csvColumn(key))}.${extension}`;

/** Hands the reader a file made here (no request leaves the page). */
export function download(name: string, type: string, text: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// the browser has read the file once the click has been handled
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
