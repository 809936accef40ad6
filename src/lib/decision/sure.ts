/**
 * The SURE test's questions, by id (Légaré et al. 2010; their words: items/*.json, questions.ts). Here, not in
 * questions.ts, so that a printed sheet can weigh the answers without the words of every list in both languages.
 */
export const SURE_IDS = ['sure', 'understand', 'risk-benefit', 'encouragement'] as const;

/**
 * What the SURE test's answers say: a single "no" is enough to suggest talking it over more before deciding
 * (the test's own scoring: any "no" flags decisional conflict); "yes" to all four, that the reader feels
 * ready. `null` while no "no" has been given and some questions are unanswered. Ids no question has (old or
 * foreign data) are not counted.
 */
export type SureVerdict = 'all-yes' | 'some-no' | null;

export function sureVerdict(sure: Readonly<Record<string, boolean>>): SureVerdict {
	const given = SURE_IDS.map((id) => sure[id]);
	if (given.includes(false)) return 'some-no';
	return given.every((answer) => answer === true) ? 'all-yes' : null;
}

/** What the page says of a verdict: ready, talk it over more, or nothing yet. */
export function sureSaid(verdict: SureVerdict, w: { chooseSureAllYes: string; chooseSureSomeNo: string }) {
	return verdict === 'all-yes' ? w.chooseSureAllYes : verdict === 'some-no' ? w.chooseSureSomeNo : '';
}
