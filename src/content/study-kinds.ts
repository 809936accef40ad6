import type { InBothLanguages } from './references';
import en from './study-kinds/en.json';
import fr from './study-kinds/fr.json';

/**
 * The kinds of study the site's references are, in plain words for a reader who has never read one: the
 * references page explains them above its list, and each reference's study line (there, and in a badge's
 * sheet) links to its kind (a patient's review found "Revue systématique Cochrane" and "scoping review"
 * unexplained). Their words are content, in ./study-kinds/<lang>.json; here, in the order the page gives
 * them, the study lines each kind holds (`study.fr` in ./references.ts, matched from their start). Every line
 * of an entry that is not a source article is in exactly one kind (tests/unit/content/study-kinds.test.ts).
 */
const linesOf = {
	trial: /^(Essai randomisé|Essai tiré au sort)/,
	'systematic-review':
		/^(Revue systématique|Revue de revues systématiques|Méta-analyse|\d+ essais regroupés)/,
	review: /^(Revue critique|Revue narrative|Revue\s:|Article de synthèse|Synthèse d’études)/,
	observation:
		/^(Étude de suivi sans groupe témoin|Étude de \d+ patients|Étude de personnes|Étude de mesures|Mesures de la peau|Étude clinique)/,
	laboratory:
		/^(Étude de laboratoire|Étude animale|Étude chez|Étude du goût|Expériences sur|Bilan énergétique)/,
	guideline: /^(Recommandation|Fiche de bonnes pratiques|Rapport d’évaluation|Évaluation pour)/,
	official: /^(Notice|Nomenclature|Décision)/,
	textbook: /^Manuel/
} satisfies Record<keyof typeof fr & keyof typeof en, RegExp>;

export interface StudyKind {
	/** its anchor on the references page: #kind-<id> */
	id: string;
	name: InBothLanguages;
	meaning: InBothLanguages;
	/** the French study lines of this kind */
	lines: RegExp;
}

export const studyKinds: readonly StudyKind[] = (Object.keys(linesOf) as (keyof typeof linesOf)[]).map(
	(id) => ({
		id,
		name: { fr: fr[id].name, en: en[id].name },
		meaning: { fr: fr[id].meaning, en: en[id].meaning },
		lines: linesOf[id]
	})
);

/** The kind a reference's French study line belongs to; undefined for a line no kind holds. */
export function studyKindOf(studyFr: string): StudyKind | undefined {
	return studyKinds.find((kind) => kind.lines.test(studyFr));
}
