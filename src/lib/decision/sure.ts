import { sureQuestions } from './questions';

/**
 * What the SURE test's answers say once all four are given: yes to each (no sign of decisional conflict),
 * or no at least once (worth talking over more before deciding). `null` until all four are answered: a
 * partial test says nothing yet. Ids no question has (old or foreign data) are not counted.
 */
export type SureVerdict = 'all-yes' | 'some-no' | null;

export function sureVerdict(sure: Readonly<Record<string, boolean>>): SureVerdict {
	const given = sureQuestions.map((question) => sure[question.id]);
	if (given.some((answer) => answer === undefined)) return null;
	return given.every(Boolean) ? 'all-yes' : 'some-no';
}
