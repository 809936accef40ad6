import type { Lang } from '$lib/i18n/languages';
import en from './messages/en.json';
import fr from './messages/fr.json';

/** The question block's own words (the questions' words are in each scene's catalogue, under `questions`). */
export type QuestionsUi = Readonly<Record<keyof typeof fr, string>>;

const uiWords: Record<Lang, QuestionsUi> = { fr, en };
export const questionsUi = (lang: Lang): QuestionsUi => uiWords[lang];
