import fr from './messages/fr.json';
import en from './messages/en.json';
import type { Lang } from '$lib/i18n/languages';

/** The consultation page's words: read at build time and sent with the page's data, in its language only. */
export type ConsultationMessages = Readonly<Record<keyof typeof fr, string>>;

const catalogues: Record<Lang, ConsultationMessages> = { fr, en };
export const consultationMessages = (lang: Lang): ConsultationMessages => catalogues[lang];
