/**
 * Whether a reader wants motion reduced: their choice in the player if they made one (remembered in
 * localStorage), else their system setting (prefers-reduced-motion).
 */
const key = 'reduced-motion';

export function prefersReducedMotion(): boolean {
	try {
		const stored = localStorage.getItem(key);
		if (stored === 'on') return true;
		if (stored === 'off') return false;
	} catch {
		// storage refused: fall back to the system setting
	}
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function rememberReducedMotion(reduced: boolean): void {
	try {
		localStorage.setItem(key, reduced ? 'on' : 'off');
	} catch {
		// not remembered, still applied for this page
	}
}
