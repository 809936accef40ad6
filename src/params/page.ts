import type { ParamMatcher } from '@sveltejs/kit';
import { isPageSlug } from '$lib/i18n/pages';

/** /fr/hydrotomie/, /en/glossary/ …: a slug from src/lib/i18n/pages.ts; any other segment is a 404. */
export const match = ((param: string) => isPageSlug(param)) satisfies ParamMatcher;
