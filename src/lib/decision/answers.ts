import { browserStorage } from '$lib/storage/browser-storage';
import { isJsonObject, jsonObject } from '$lib/text/json-object';

/**
 * What a reader answered on the "choosing" page — how much each thing matters to them, the SURE test, the
 * questions they ticked to ask — kept in this browser only (localStorage: nothing leaves the page, no
 * cookie), read back by the printable sheets, and cleared in one step. A pure codec plus three small
 * functions around storage, so bad or old data never breaks a page.
 */
export interface DecisionAnswers {
	/** values exercise: a value's id → how much it matters, 0 (not at all) to 4 (very much) */
	values: Record<string, number>;
	/** SURE test: a question's id → yes (true) or no (false); unanswered ones are absent */
	sure: Record<string, boolean>;
	/** ids of the questions to ask the practitioner that the reader ticked */
	questions: string[];
}

export const STORAGE_KEY = 'decision-answers-v1';
export const VALUE_MAX = 4;

export const emptyAnswers = (): DecisionAnswers => ({ values: {}, sure: {}, questions: [] });

const isId = (key: string) => /^[a-z0-9-]{1,40}$/.test(key);

/** Answers from stored text: anything malformed, out of range or unknown in shape is dropped, never thrown. */
export function decodeAnswers(text: string | null): DecisionAnswers {
	const answers = emptyAnswers();
	const data = jsonObject(text);
	if (!data) return answers;
	if (isJsonObject(data.values))
		for (const [key, value] of Object.entries(data.values))
			if (isId(key) && Number.isInteger(value) && (value as number) >= 0 && (value as number) <= VALUE_MAX)
				answers.values[key] = value as number;
	if (isJsonObject(data.sure))
		for (const [key, value] of Object.entries(data.sure))
			if (isId(key) && typeof value === 'boolean') answers.sure[key] = value;
	if (Array.isArray(data.questions))
		answers.questions = [
			...new Set(data.questions.filter((id): id is string => typeof id === 'string' && isId(id)))
		];
	return answers;
}

export const encodeAnswers = (answers: DecisionAnswers): string => JSON.stringify(answers);

/** The stored answers; empty where storage is unavailable (private mode, disabled) or holds nothing. */
export function loadAnswers(
	storage: Pick<Storage, 'getItem'> | undefined = browserStorage()
): DecisionAnswers {
	try {
		return decodeAnswers(storage?.getItem(STORAGE_KEY) ?? null);
	} catch {
		return emptyAnswers();
	}
}

/** Keeps the answers; returns false where storage refuses (the page keeps working without it). */
export function saveAnswers(
	answers: DecisionAnswers,
	storage: Pick<Storage, 'setItem'> | undefined = browserStorage()
): boolean {
	try {
		storage?.setItem(STORAGE_KEY, encodeAnswers(answers));
		return storage !== undefined;
	} catch {
		return false;
	}
}

/**
 * Whether this browser keeps the answers: false where storage is refused, and where it can be read but
 * refuses writes (old Safari's private mode, a full store, a policy), which `browserStorage()` alone does not
 * tell. Answers already kept prove it; otherwise an empty set is written and taken away again.
 */
export function answersCanBeKept(
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = browserStorage()
): boolean {
	if (!storage) return false;
	try {
		if (storage.getItem(STORAGE_KEY) !== null) return true;
		storage.setItem(STORAGE_KEY, encodeAnswers(emptyAnswers()));
		storage.removeItem(STORAGE_KEY);
		return true;
	} catch {
		return false;
	}
}

export function clearAnswers(storage: Pick<Storage, 'removeItem'> | undefined = browserStorage()): void {
	try {
		storage?.removeItem(STORAGE_KEY);
	} catch {
		// nothing stored, nothing to clear
	}
}

/**
 * Calls `then` with the stored answers each time another page of this site, in another tab, changes or clears
 * them (the `storage` event fires in the other tabs only). On a shared computer, answers cleared in one tab
 * must not be written back by another still open, nor printed by an open sheet. Returns what stops it.
 */
export function followAnswers(then: (answers: DecisionAnswers) => void): () => void {
	const changed = (event: StorageEvent) => {
		if (event.key === STORAGE_KEY || event.key === null) then(loadAnswers());
	};
	window.addEventListener('storage', changed);
	return () => window.removeEventListener('storage', changed);
}
