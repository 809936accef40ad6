import { afterEach } from 'vitest';
import { loadMeanings } from '$lib/evidence/meanings';
import { loadStudies } from '$lib/evidence/studies';
import { loadMessages } from '$lib/i18n/messages';
import { loadPlayerMessages } from '$lib/player/messages';
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

// Components read their words from the catalogues, which pages load in their root layout.
await loadMessages('fr', 'en');
await loadPlayerMessages('fr', 'en');
await loadStudies('fr', 'en');
await loadMeanings('fr', 'en');

// Each test opens its components on a new page: what one kept in this tab's storage (the lab's runs, kept
// through a reload) is not the next one's.
afterEach(() => sessionStorage.clear());
