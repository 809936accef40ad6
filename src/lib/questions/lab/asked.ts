import type { Lang } from '$lib/i18n/languages';
import { askQuestion } from '../ask';
import type { AskedQuestion, QuestionWords } from '../define';
import en from './en.json';
import fr from './fr.json';
import { labQuestions, type LabShow } from './questions';

type LabWords = Readonly<Record<string, QuestionWords & { seen: string }>>;
const words: Record<Lang, LabWords> = { fr, en };

/** The lab's questions as its page shows them: words in one language, references named. */
export function labQuestionsFor(lang: Lang): AskedQuestion<LabShow>[] {
	return labQuestions.map((question) =>
		askQuestion(question, words[lang][question.id]!, words[lang][question.id]!.seen)
	);
}
