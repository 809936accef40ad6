import { describe, expect, it } from 'vitest';
import {
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

	it.each([
		null,
		'',
		'not json',
		'[]',
		'42',
		'{"values": [1,2]}',
		'{"values": {"needles": 9, "cost": -1, "time": 1.5, "x y": 2, "ok": 2}}',
		'{"sure": {"sure": "yes", "support": true}}',
		'{"questions": ["a", "a", 3, null, "b", "<script>"]}'
	])('turn %j into something safe', (text) => {
		const answers = decodeAnswers(text);
		expect(Object.values(answers.values).every((v) => Number.isInteger(v) && v >= 0 && v <= 4)).toBe(true);
		expect(Object.values(answers.sure).every((v) => typeof v === 'boolean')).toBe(true);
		expect(new Set(answers.questions).size).toBe(answers.questions.length);
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
});
