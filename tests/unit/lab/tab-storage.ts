import { vi } from 'vitest';

/**
 * A tab's sessionStorage, as a Map the test reads, and localStorage watched: what the lab keeps must stay in
 * the tab, never where the next person at a shared computer would find it. Undone by vi.unstubAllGlobals().
 */
export function tabStorage() {
	const items = new Map<string, string>();
	const storage = {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
	const shared = { getItem: vi.fn(), setItem: vi.fn(), removeItem: vi.fn() };
	vi.stubGlobal('sessionStorage', storage);
	vi.stubGlobal('localStorage', shared);
	return { items, shared };
}
