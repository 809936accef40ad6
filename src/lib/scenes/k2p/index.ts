import { declaration, defineScene } from '$lib/player/scene';
import { describeK2p as describe } from './describe';
import Figure from './Figure.svelte';
import { controls, k2pFrameAt as frameAt, k2pModel as model, steps } from './model';
import scene from './scene.json';

// K2P leak channels open, K⁺ leaves, the facilitated nerve ending repolarises and falls silent; the source
// article's "dextrose opens K2P" drawn as a separate, dashed layer (science.md A1, A4; C1 #9–10).
// Its id, layouts and claims with their evidence are data, in scene.json.
export default defineScene({ ...declaration(scene), steps, controls, model, frameAt, describe, Figure });
