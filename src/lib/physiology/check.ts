// Input checks shared by the models. Every exported model function validates what it is given, so a
// bad slider range or a typo fails loudly (RangeError naming the function, the input, its accepted
// range and the value received) instead of drawing NaN.

/** A finite number in [min, max]; returns it unchanged. */
export function inRange(
	where: string,
	name: string,
	value: number,
	min: number,
	max: number,
	unit = ''
): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
		throw new RangeError(
			`${where}: ${name} must be a finite number from ${min} to ${max}${suffix(unit)}, got ${show(value)}`
		);
	}
	return value;
}

/** A finite number in (0, max]: concentrations, volumes, half-lives, time steps. */
export function positive(where: string, name: string, value: number, max: number, unit = ''): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
		throw new RangeError(
			`${where}: ${name} must be greater than 0 and at most ${max}${suffix(unit)}, got ${show(value)}`
		);
	}
	return value;
}

/** A fraction in [0, 1] (open fractions, hypothesis strengths, slider positions). */
export function fraction(where: string, name: string, value: number): number {
	return inRange(where, name, value, 0, 1);
}

/** An integer in [min, max]. */
export function integerIn(where: string, name: string, value: number, min: number, max: number): number {
	if (!Number.isInteger(value) || value < min || value > max) {
		throw new RangeError(`${where}: ${name} must be an integer from ${min} to ${max}, got ${show(value)}`);
	}
	return value;
}

function suffix(unit: string): string {
	return unit ? ` ${unit}` : '';
}

function show(value: unknown): string {
	return typeof value === 'number' ? String(value) : `${String(value)} (${typeof value})`;
}
