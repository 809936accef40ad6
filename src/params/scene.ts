import type { ParamMatcher } from '@sveltejs/kit';
import { isSceneId } from '$lib/scenes/ids';

/** /fr/scenes/k2p/ exists; /fr/scenes/nope/ falls through to the 404 page. */
export const match = ((param: string) => isSceneId(param)) satisfies ParamMatcher;
