import { describe, expect, it } from 'vitest';
import {
	answersCanBeKept,
	clearAnswers,
	decodeAnswers,
	emptyAnswers,
	encodeAnswers,
	loadAnswers,
	saveAnswers,
	STORAGE_KEY
} from '$lib/decision/answers';

function memory() {
	const items = new Map<string, string>();
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
		items
	};
}

describe('a reader’s decision answers', () => {
	it('survive a round trip through storage, and are gone once cleared', () => {
		const storage = memory();
		const answers = {
			values: { needles: 3, evidence: 0 },
			sure: { sure: true, understand: false },
			questions: ['evidence', 'risks']
		};
		expect(saveAnswers(answers, storage)).toBe(true);
		expect(loadAnswers(storage)).toEqual(answers);
		clearAnswers(storage);
		expect(storage.items.has(STORAGE_KEY)).toBe(false);
		expect(loadAnswers(storage)).toEqual(emptyAnswers());
	});

	const none = { values: {}, sure: {}, questions: [] };
	it.each([
		[null, none],
		['', none],
		['not json', none],
		['[]', none],
		['42', none],
		['{"values": [1,2]}', none],
		// out of the 0–4 scale, not whole, or an id with a space: dropped; the rest kept
		[
			'{"values": {"needles": 9, "cost": -1, "time": 1.5, "x y": 2, "ok": 2}}',
			{ ...none, values: { ok: 2 } }
		],
		// an answer that is not yes/no (true/false) is no answer
		['{"sure": {"sure": "yes", "support": true}}', { ...none, sure: { support: true } }],
		// not a string, a duplicate, or markup as an id: dropped, the order of the others kept
		['{"questions": ["a", "a", 3, null, "b", "<script>"]}', { ...none, questions: ['a', 'b'] }]
	])('turn %j into something safe: %j', (text, expected) => {
		expect(decodeAnswers(text)).toEqual(expected);
	});

	it('keep the valid parts of damaged data', () => {
		expect(
			decodeAnswers(
				'{"values": {"needles": 9, "ok": 2}, "sure": {"support": true, "x": 1}, "questions": ["a", "a", 3, "b"]}'
			)
		).toEqual({
			values: { ok: 2 },
			sure: { support: true },
			questions: ['a', 'b']
		});
	});

	it('never throw where storage refuses', () => {
		const refusing = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('quota');
			},
			removeItem: () => {
				throw new Error('denied');
			}
		};
		expect(loadAnswers(refusing)).toEqual(emptyAnswers());
		expect(saveAnswers(emptyAnswers(), refusing)).toBe(false);
		expect(() => clearAnswers(refusing)).not.toThrow();
		expect(encodeAnswers(emptyAnswers())).toBe('{"values":{},"sure":{},"questions":[]}');
	});

	it('tell a browser that reads but refuses to write (a sheet must not say "you ticked nothing")', () => {
		const readsOnly = {
			...memory(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(answersCanBeKept(readsOnly)).toBe(false);
		expect(answersCanBeKept(undefined)).toBe(false);
		const keeps = memory();
		expect(answersCanBeKept(keeps)).toBe(true);
		expect(keeps.items.size).toBe(0); // the trial write is taken away again
		saveAnswers({ ...emptyAnswers(), questions: ['risks'] }, keeps);
		expect(answersCanBeKept(keeps)).toBe(true);
		expect(loadAnswers(keeps).questions).toEqual(['risks']); // kept answers are never overwritten
	});
});
