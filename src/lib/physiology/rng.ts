// A small seeded pseudo-random generator (mulberry32), so particles sit in the same places on every page
// load and in every test. Not for cryptography; quality is ample for scattering ions in a figure.
import { inRange, integerIn } from './check';

export type Rng = {
	/** The next number in [0, 1). */
	next(): number;
	/** A number in [min, max). */
	uniform(min: number, max: number): number;
	/** An integer in [min, max] (both included). */
	integer(min: number, max: number): number;
	/** A normally distributed number (Box–Muller), for jitter. sd ≥ 0. */
	normal(mean?: number, sd?: number): number;
};

/**
 * A generator whose whole sequence is fixed by `seed`, an integer from 0 to 2³² − 1.
 * Throws RangeError for any other seed.
 */
export function createRng(seed: number): Rng {
	integerIn('createRng', 'seed', seed, 0, 0xffffffff);
	let state = seed >>> 0;
	const next = (): number => {
		// mulberry32 (Tommy Ettinger, public domain): a 32-bit state advanced by a Weyl sequence, then mixed.
		state = (state + 0x6d2b79f5) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 15), z | 1);
		z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
		return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		uniform(min, max) {
			inRange('rng.uniform', 'min', min, -1e12, 1e12);
			inRange('rng.uniform', 'max', max, min, 1e12);
			return min + (max - min) * next();
		},
		integer(min, max) {
			integerIn('rng.integer', 'min', min, -(2 ** 31), 2 ** 31);
			integerIn('rng.integer', 'max', max, min, 2 ** 31);
			return min + Math.floor(next() * (max - min + 1));
		},
		normal(mean = 0, sd = 1) {
			inRange('rng.normal', 'mean', mean, -1e12, 1e12);
			inRange('rng.normal', 'sd', sd, 0, 1e12);
			// 1 − next() lies in (0, 1], so the logarithm is finite.
			const u = 1 - next();
			const v = next();
			return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		}
	};
}
