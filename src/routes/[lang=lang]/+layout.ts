import type { LayoutLoad } from './$types';

// The matcher (src/params/lang.ts) has already narrowed the segment to 'fr' | 'en'.
export const load: LayoutLoad = ({ params }) => ({ lang: params.lang });
