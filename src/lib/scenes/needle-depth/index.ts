import { declaration, defineScene } from '$lib/player/scene';
import { describeNeedleDepth as describe } from './describe';
import Figure from './Figure.svelte';
import { controls, needleDepthFrameAt as frameAt, needleDepthModel as model, steps } from './model';
import scene from './scene.json';

// How deep hydrotomy's needles go in skin drawn to scale: each pushed straight in, then the short one
// slanted at an angle the reader chooses (science.md C2 #12).
// Its id, layouts and claims with their evidence are data, in scene.json.
export default defineScene({ ...declaration(scene), steps, controls, model, frameAt, describe, Figure });
