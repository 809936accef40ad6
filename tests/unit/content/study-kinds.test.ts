import { describe, expect, it } from 'vitest';
import { references } from '$content/references';
import { studyKindOf, studyKinds } from '$content/study-kinds';
import en from '$content/study-kinds/en.json';
import fr from '$content/study-kinds/fr.json';

describe('the kinds of study, in plain words', () => {
	it.each([
		['Essai randomisé, 60 poignets', 'trial'],
		['Essai tiré au sort\u00a0: attelle, avec ou sans glucose', 'trial'],
		['Revue systématique Cochrane', 'systematic-review'],
		['Méta-analyse de 33 cohortes, 11 166 participants', 'systematic-review'],
		['Revue\u00a0: petites études très différentes, aucun grand essai', 'review'],
		['Étude de suivi sans groupe témoin, 196 patients (274 mains)', 'observation'],
		['Étude chez des souris privées de TREK-1', 'laboratory'],
		['Rapport d’évaluation de la HAS', 'guideline'],
		['Notice du médicament', 'official'],
		['Manuel de biochimie', 'textbook']
	])('%s: %s', (line, kind) => {
		expect(studyKindOf(line)?.id).toBe(kind);
	});

	it('holds every study line of the references that are not the two source articles, each in one kind', () => {
		const evidence = references.filter((reference) => reference.kind !== 'source-article' && reference.study);
		expect(evidence.length).toBeGreaterThan(40);
		const unkinded = evidence
			.filter((reference) => !studyKindOf(reference.study!.fr))
			.map((r) => r.study!.fr);
		expect(unkinded).toEqual([]);
		const twice = evidence
			.filter((reference) => studyKinds.filter((kind) => kind.lines.test(reference.study!.fr)).length > 1)
			.map((r) => r.study!.fr);
		expect(twice).toEqual([]);
	});

	it('says each kind in both languages, with French typography', () => {
		const ids = studyKinds.map((kind) => kind.id).sort();
		expect(Object.keys(fr).sort()).toEqual(ids);
		expect(Object.keys(en).sort()).toEqual(ids);
		for (const kind of studyKinds) {
			for (const text of [kind.name.fr, kind.meaning.fr]) expect(text).not.toMatch(/ [:;?!]/);
			expect(kind.meaning.en).not.toBe(kind.meaning.fr);
			// every kind holds at least one reference: none is explained for nothing
			expect(
				references.some((r) => r.study && kind.lines.test(r.study.fr)),
				kind.id
			).toBe(true);
		}
	});
});
