import '@testing-library/jest-dom/vitest';

// jsdom has no IntersectionObserver; the player only needs to be told when it leaves the screen.
class StillObserver {
	observe() {}
	unobserve() {}
	disconnect() {}
	takeRecords() {
		return [];
	}
}
globalThis.IntersectionObserver ??= StillObserver as unknown as typeof IntersectionObserver;
