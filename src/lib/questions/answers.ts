import { browserStorage, tabStorage } from '$lib/storage/browser-storage';
import { jsonObject } from '$lib/text/json-object';

/**
 * What the reader predicted, question by question, kept in this tab only (sessionStorage: nothing leaves the
 * browser, no cookie) so that a reload shows their answers again; forgotten with the tab, so that the next
 * student at a shared computer predicts before seeing (as the lab's kept runs, kept-runs.ts), and in one
 * step on request. Keys are "<scope>/<question>" (the scope is a scene's id, or "lab"); values an option's
 * id. Bad or old data is dropped, never thrown; where storage is refused, the questions still work for the
 * visit. Answers an earlier version kept in localStorage are removed, never shown (oldAnswersRemoved).
 */
export type Answers = Readonly<Record<string, string>>;

export const STORAGE_KEY = 'predictions-v1';

const ID = /^[a-z0-9-]{1,40}$/;
const isKey = (key: string) => key.split('/').length === 2 && key.split('/').every((part) => ID.test(part));

/** Answers from stored text; anything malformed is left out. */
export function decodeAnswers(text: string | null): Record<string, string> {
	const answers: Record<string, string> = {};
	const data = jsonObject(text);
	if (!data) return answers;
	for (const [key, value] of Object.entries(data))
		if (isKey(key) && typeof value === 'string' && ID.test(value)) answers[key] = value;
	return answers;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Removes the answers an earlier version kept in localStorage, where they outlived the tab and showed the
 * next student at the same computer the answers checked. They are not carried over: whose they were is
 * unknown. Safe to call on every load.
 */
export function oldAnswersRemoved(old: Pick<Storage, 'removeItem'> | undefined = browserStorage()): void {
	try {
		old?.removeItem(STORAGE_KEY);
	} catch {
		// storage refused: nothing was kept there either
	}
}

/** The answers of one scope, by question id. */
export function loadAnswers(scope: string, storage: Store | undefined = tabStorage()): Answers {
	let all: Record<string, string> = {};
	try {
		all = decodeAnswers(storage?.getItem(STORAGE_KEY) ?? null);
	} catch {
		return {};
	}
	const mine: Record<string, string> = {};
	for (const [key, value] of Object.entries(all)) {
		const [owner, question] = key.split('/') as [string, string];
		if (owner === scope) mine[question] = value;
	}
	return mine;
}

function rewrite(change: (all: Record<string, string>) => void, storage: Store | undefined): boolean {
	try {
		const all = decodeAnswers(storage?.getItem(STORAGE_KEY) ?? null);
		change(all);
		if (Object.keys(all).length) storage?.setItem(STORAGE_KEY, JSON.stringify(all));
		else storage?.removeItem(STORAGE_KEY);
		return storage !== undefined;
	} catch {
		return false;
	}
}

/** Keeps one prediction; false where storage refuses. */
export function saveAnswer(
	scope: string,
	question: string,
	option: string,
	storage: Store | undefined = tabStorage()
): boolean {
	if (!isKey(`${scope}/${question}`) || !ID.test(option)) return false;
	return rewrite((all) => (all[`${scope}/${question}`] = option), storage);
}

/** Forgets every prediction of one scope (a page), and leaves the others; nothing stored stays empty. */
export function clearAnswers(scope: string, storage: Store | undefined = tabStorage()): boolean {
	return rewrite((all) => {
		for (const key of Object.keys(all)) if (key.startsWith(`${scope}/`)) delete all[key];
	}, storage);
}

/** Forgets one prediction (the reader tries that question again), and leaves the others. */
export function forgetAnswer(
	scope: string,
	question: string,
	storage: Store | undefined = tabStorage()
): boolean {
	return rewrite((all) => delete all[`${scope}/${question}`], storage);
}
