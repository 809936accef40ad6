import { describe, expect, it } from 'vitest';
import { DOSE_STORAGE_KEY, keepDose, keptDose } from '$lib/dose/kept-dose';
import { readDose } from '$lib/dose/dose-input';

function store() {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
}
const opening = { volume: '20', percent: '5' };

// What was typed in the dose calculator comes back after a reload and in the other language's page.
describe('the dose calculator’s values kept in the tab', () => {
	it('come back as typed, in either language', () => {
		const tab = store();
		keepDose({ volume: '35 mL', percent: '10 %' }, opening, 'fr', tab);
		expect(keptDose('fr', tab)).toEqual({ volume: '35 mL', percent: '10 %' });
		expect(keptDose('en', tab)).toEqual({ volume: '35 mL', percent: '10 %' });
		keepDose({ volume: '2,5', percent: '5' }, opening, 'fr', tab);
		expect(keptDose('en', tab)).toEqual({ volume: '2,5', percent: '5' });
	});

	it('a number the other language reads otherwise is written as its number', () => {
		const tab = store();
		keepDose({ volume: '1,000', percent: '5' }, opening, 'en', tab);
		// written as the French page writes a thousand (a narrow no-break space between the groups), and read
		// back there as a thousand millilitres: 50 g of glucose at 5 %
		const inFrench = keptDose('fr', tab)!;
		expect(inFrench).toEqual({ volume: '1\u202f000', percent: '5' });
		const read = readDose(inFrench.volume, inFrench.percent, 'fr');
		expect(read.ok && read.dose.glucose_g).toBe(50);
		keepDose({ volume: '1,500', percent: '5' }, opening, 'fr', tab);
		expect(keptDose('en', tab)).toEqual({ volume: '1.5', percent: '5' });
	});

	it('the opening case, bad or long text and a refused store keep nothing, and throw nothing', () => {
		const tab = store();
		keepDose({ volume: '35', percent: '5' }, opening, 'fr', tab);
		keepDose(opening, opening, 'fr', tab);
		expect(tab.items.has(DOSE_STORAGE_KEY)).toBe(false);
		expect(keptDose('fr', tab)).toBeUndefined();
		tab.items.set(DOSE_STORAGE_KEY, '{"volume": 3, "percent": "5"}');
		expect(keptDose('fr', tab)).toBeUndefined();
		tab.items.set(DOSE_STORAGE_KEY, JSON.stringify({ volume: 'x'.repeat(5000), percent: '5' }));
		expect(keptDose('fr', tab)).toBeUndefined();
		const refused = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => undefined
		};
		expect(keptDose('en', refused)).toBeUndefined();
		expect(() => keepDose({ volume: '1', percent: '1' }, opening, 'en', refused)).not.toThrow();
		expect(keptDose('en', undefined)).toBeUndefined();
	});
});
