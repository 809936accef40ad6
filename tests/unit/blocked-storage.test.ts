import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnswers, saveAnswers, emptyAnswers, clearAnswers } from '$lib/decision/answers';
import { rememberedLanguage, rememberLanguage } from '$lib/i18n/preference';
import { loadAnswers as loadPredictions } from '$lib/questions/answers';
import { browserStorage } from '$lib/storage/browser-storage';

// A browser that blocks site data (Safari, or Chrome with cookies blocked) throws on the mere reading of
// `localStorage`: the choosing page raised "The operation is insecure" on load and at every answer.
describe('where the browser refuses storage', () => {
	beforeEach(() => {
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	afterEach(() => {
		delete (globalThis as { localStorage?: unknown }).localStorage;
	});

	it('there is no storage, and asking for it throws nothing', () => {
		expect(browserStorage()).toBeUndefined();
	});

	it('the choosing page starts empty and says its answers were not kept', () => {
		expect(loadAnswers()).toEqual(emptyAnswers());
		expect(saveAnswers(emptyAnswers())).toBe(false);
		expect(() => clearAnswers()).not.toThrow();
	});

	it('predictions and the language choice are simply not remembered', () => {
		expect(loadPredictions('k2p')).toEqual({});
		expect(() => rememberLanguage('en')).not.toThrow();
		expect(rememberedLanguage()).toBeNull();
	});
});
