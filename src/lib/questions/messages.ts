/** The question block's own words (the questions' words are in each scene's catalogue, under `questions`). */
export type QuestionsUi = Readonly<Record<keyof typeof import('./messages/fr.json'), string>>;
