/**
 * Whether the reader wants motion reduced: one preference for the whole page, shared by every figure on
 * it. Their choice in a player, if they made one (remembered in localStorage, never a cookie), else their
 * system setting (prefers-reduced-motion), followed live while they have not chosen.
 */
const storageKey = 'reduced-motion';

export interface MotionSource {
	readonly reduced: boolean;
	/** the reader's own choice, from the switch in any player */
	choose(reduced: boolean): void;
	/** calls `listener` whenever the preference changes; returns the function that stops it */
	onChange(listener: (reduced: boolean) => void): () => void;
}

function storedChoice(): boolean | null {
	try {
		const stored = localStorage.getItem(storageKey);
		return stored === 'on' ? true : stored === 'off' ? false : null;
	} catch {
		return null; // storage refused: the system setting decides
	}
}

class MotionPreference implements MotionSource {
	#reduced = $state(false);
	#remember: boolean;
	#listeners = new Set<(reduced: boolean) => void>();

	/** `page`: read, follow and remember the reader's setting; else a preference of its own, starting at `reduced` */
	constructor(options: { page: true } | { page: false; reduced: boolean }) {
		this.#remember = options.page;
		if (!options.page) {
			this.#reduced = options.reduced;
			return;
		}
		if (typeof window === 'undefined') return;
		const system = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
		this.#reduced = storedChoice() ?? system?.matches ?? false;
		system?.addEventListener?.('change', (event) => {
			if (storedChoice() === null) this.#apply(event.matches);
		});
	}

	get reduced(): boolean {
		return this.#reduced;
	}

	/** The reader's own choice, from the switch in any player: applied to every figure and remembered. */
	choose(reduced: boolean): void {
		if (this.#remember) this.#store(reduced);
		this.#apply(reduced);
	}

	#store(reduced: boolean) {
		try {
			localStorage.setItem(storageKey, reduced ? 'on' : 'off');
		} catch {
			// not remembered, still applied for this page
		}
	}

	onChange(listener: (reduced: boolean) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#apply(reduced: boolean) {
		if (reduced === this.#reduced) return;
		this.#reduced = reduced;
		for (const listener of this.#listeners) listener(reduced);
	}
}

/** The page's one motion preference. */
export const motion: MotionSource = new MotionPreference({ page: true });

/** A preference of its own, neither read from nor remembered by the browser (tests). */
export function ownMotion(reduced: boolean): MotionSource {
	return new MotionPreference({ page: false, reduced });
}
