import type { Lang } from './languages';

/**
 * Whether a count takes the singular in `lang`, by the language's own rule (French keeps it for 0 and 1 and
 * below 2, "1,7 fraise"; English only for exactly 1): the catalogues hold a sentence for each.
 */
export function takesSingular(count: number, lang: Lang): boolean {
	return new Intl.PluralRules(lang).select(count) === 'one';
}
