/**
 * The keys the page's inline starter (start.js) held before the islands' script came, for a figure that
 * takes the page's keys: taken once (it stops holding then), by that figure as it wakes
 * (player/keys-before-wake.ts), or by hydrate.ts once every island has started, so that a figure that failed
 * to start leaves the keys to the page. Empty where the starter held none.
 */
export function takeEarlyKeys(): string[] {
	return (window as Window & { takeEarlyKeys?: () => string[] }).takeEarlyKeys?.() ?? [];
}
