// the dose module itself, not the physiology index: that would bring every model with the article's first load
import { DOSE_LIMITS, dextroseDose, type DextroseDose } from '$lib/physiology/dose';

export type DoseField = 'volume' | 'percent';
export type DoseProblem = { field: DoseField; kind: 'empty' | 'not-a-number' | 'out-of-range' };
export type DoseReading = { ok: true; dose: DextroseDose } | { ok: false; problems: DoseProblem[] };

/** "20", "2,5" (French decimal comma) or " 7.5 " → a number; anything else → NaN. */
export function parseDecimal(text: string): number {
	const cleaned = text.trim().replace(',', '.');
	return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/**
 * What the dose calculator shows for what was typed: the dose from dose.ts, or what is wrong with each
 * field (empty, not a number, outside 0–1000 mL or 0–50 %). It never computes from a bad value.
 */
export function readDose(volumeText: string, percentText: string): DoseReading {
	const problems: DoseProblem[] = [];
	const fields: [DoseField, string, readonly [number, number]][] = [
		['volume', volumeText, DOSE_LIMITS.volume_mL],
		['percent', percentText, DOSE_LIMITS.percent]
	];
	const values: number[] = [];
	for (const [field, text, [min, max]] of fields) {
		const value = parseDecimal(text);
		if (text.trim() === '') problems.push({ field, kind: 'empty' });
		else if (Number.isNaN(value)) problems.push({ field, kind: 'not-a-number' });
		else if (value < min || value > max) problems.push({ field, kind: 'out-of-range' });
		values.push(value);
	}
	if (problems.length) return { ok: false, problems };
	return { ok: true, dose: dextroseDose(values[0]!, values[1]!) };
}
