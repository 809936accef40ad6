import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/languages';

/** /fr/… and /en/… exist; any other first segment (/de/) falls through to the 404 page. */
export const match = ((param: string) => isLang(param)) satisfies ParamMatcher;
