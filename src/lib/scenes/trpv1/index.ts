import { declaration, defineScene } from '$lib/player/scene';
import { describeTrpv1 as describe } from './describe';
import Figure from './Figure.svelte';
import { controls, steps, trpv1FrameAt as frameAt, trpv1Model as model } from './model';
import scene from './scene.json';

// TRPV1 at a pain nerve's ending: heat, capsaicin or acid open it, cations flow in, the ending depolarises
// and, past threshold, signals leave; months of pain make the same stimulus open more channels. The source
// article's "dextrose dampens TRPV1" drawn as a separate, dashed layer (science.md A3; C1 #4–8).
// Its id, layouts and claims with their evidence are data, in scene.json.
export default defineScene({ ...declaration(scene), steps, controls, model, frameAt, describe, Figure });
