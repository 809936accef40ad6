/**
 * Smoothstep easing on 0–1: starts and ends at rest, so an ion leaves its place gently and settles
 * gently. Values outside 0–1 are held at the ends (a delayed ion waits, a finished one stays).
 */
export function ease(p: number): number {
	if (!(p > 0)) return 0;
	if (p >= 1) return 1;
	return p * p * (3 - 2 * p);
}
