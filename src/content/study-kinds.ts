import type { InBothLanguages } from './references';

/**
 * The kinds of study the site's references are, in plain words for a reader who has never read one: the
 * references page explains them above its list, and each reference's study line there links to its kind
 * (a patient's review found "Revue systématique Cochrane" and "scoping review" unexplained). Each kind names
 * the study lines it holds (`study.fr` in ./references.ts, matched from their start); every line of an entry
 * that is not a source article is in exactly one kind (tests/unit/content/study-kinds.test.ts).
 */
export interface StudyKind {
	/** its anchor on the references page: #kind-<id> */
	id: string;
	name: InBothLanguages;
	meaning: InBothLanguages;
	/** the French study lines of this kind */
	lines: RegExp;
}

export const studyKinds: readonly StudyKind[] = [
	{
		id: 'trial',
		name: { fr: 'Essai randomisé', en: 'Randomised trial' },
		meaning: {
			fr: 'Le hasard décide qui reçoit le soin étudié et qui reçoit autre chose (un placebo, un autre soin), puis on compare les deux groupes. C’est la façon la plus juste de savoir si un soin aide ; un petit essai peut pourtant se tromper.',
			en: 'Chance decides who gets the treatment being studied and who gets something else (a placebo, another treatment), and the two groups are then compared. It is the fairest way to find out whether a treatment helps; a small trial can still be wrong.'
		},
		lines: /^(Essai randomisé|Essai tiré au sort)/
	},
	{
		id: 'systematic-review',
		name: { fr: 'Revue systématique, méta-analyse', en: 'Systematic review, meta-analysis' },
		meaning: {
			fr: 'Une équipe recherche tous les essais publiés sur une question, juge leur qualité et en fait le bilan ; une méta-analyse regroupe en plus leurs résultats en un seul calcul. Cochrane est un réseau international indépendant qui en publie. Une revue ne vaut pas mieux que les essais qu’elle rassemble.',
			en: 'A team looks for every published trial on a question, judges their quality and sums them up; a meta-analysis also pools their results into one calculation. Cochrane is an independent international network that publishes such reviews. A review is no better than the trials it gathers.'
		},
		lines: /^(Revue systématique|Revue de revues systématiques|Méta-analyse|\d+ essais regroupés)/
	},
	{
		id: 'review',
		name: { fr: 'Revue, article de synthèse', en: 'Review article' },
		meaning: {
			fr: 'Un ou plusieurs auteurs résument ce qui a été publié, sans la méthode fixée d’avance d’une revue systématique : utile pour s’y retrouver, moins sûr pour conclure.',
			en: 'One or more authors sum up what has been published, without the method set in advance of a systematic review: useful for finding one’s way, less safe for drawing conclusions.'
		},
		lines: /^(Revue critique|Revue narrative|Revue\s:|Article de synthèse|Synthèse d’études)/
	},
	{
		id: 'observation',
		name: { fr: 'Étude d’observation', en: 'Observational study' },
		meaning: {
			fr: 'On observe ou on mesure des personnes (leur peau, leur glycémie, l’évolution de patients traités) sans comparer, par tirage au sort, à d’autres qui n’ont pas eu le soin : elle décrit, mais ne prouve pas qu’un soin agit. Beaucoup de douleurs s’améliorent d’elles-mêmes.',
			en: 'People are observed or measured (their skin, their blood sugar, how treated patients fare) without being compared, by drawing lots, with others who did not have the treatment: it describes, but does not prove that a treatment works. Much pain gets better on its own.'
		},
		lines:
			/^(Étude de suivi sans groupe témoin|Étude de \d+ patients|Étude de personnes|Étude de mesures|Mesures de la peau|Étude clinique)/
	},
	{
		id: 'laboratory',
		name: { fr: 'Laboratoire, animal, volontaires', en: 'Laboratory, animal or volunteer study' },
		meaning: {
			fr: 'Une expérience sur des cellules, un canal isolé, des animaux ou des volontaires en bonne santé, ou un calcul tiré de telles mesures : elle montre comment un mécanisme fonctionne, pas qu’un soin soulage des patients.',
			en: 'An experiment on cells, an isolated channel, animals or healthy volunteers, or a calculation from such measurements: it shows how a mechanism works, not that a treatment relieves patients.'
		},
		lines: /^(Étude de laboratoire|Étude animale|Étude chez|Étude du goût|Expériences sur|Bilan énergétique)/
	},
	{
		id: 'guideline',
		name: { fr: 'Recommandation, évaluation officielle', en: 'Guideline, official assessment' },
		meaning: {
			fr: 'Des experts, souvent pour une autorité de santé, lisent les études sur une question et disent ce qui est établi et ce qu’il est conseillé de faire.',
			en: 'Experts, often for a health authority, read the studies on a question and say what is established and what is advisable.'
		},
		lines: /^(Recommandation|Fiche de bonnes pratiques|Rapport d’évaluation|Évaluation pour)/
	},
	{
		id: 'official',
		name: { fr: 'Texte officiel', en: 'Official text' },
		meaning: {
			fr: 'La notice d’un médicament, la liste des actes médicaux, une décision de justice : ce qu’il dit fait foi, mais ce n’est pas une étude.',
			en: 'A medicine’s product information, the official list of medical procedures, a court decision: what it says is authoritative, but it is not a study.'
		},
		lines: /^(Notice|Nomenclature|Décision)/
	},
	{
		id: 'textbook',
		name: { fr: 'Manuel', en: 'Textbook' },
		meaning: {
			fr: 'Ce qu’on enseigne aux étudiants : des connaissances établies par de nombreuses études qui concordent.',
			en: 'What students are taught: knowledge established by many studies that agree.'
		},
		lines: /^Manuel/
	}
];

/** The kind a reference's French study line belongs to; undefined for a line no kind holds. */
export function studyKindOf(studyFr: string): StudyKind | undefined {
	return studyKinds.find((kind) => kind.lines.test(studyFr));
}
