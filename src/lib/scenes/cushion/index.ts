import { declaration, defineScene } from '$lib/player/scene';
import { describeCushion as describe } from './describe';
import Figure from './Figure.svelte';
import { controls, cushionFrameAt as frameAt, cushionModel as model, steps } from './model';
import scene from './scene.json';

// The hydrotomy "cushion": a saline bolus dilutes the mediators under the skin for a few hours, while the
// cells keep making them, and never reaches the joint or disc; the proponents' "washout" drawn as a
// separate, dashed layer (science.md C2 #16–18, D; physiology/model.md).
// Its id, layouts and claims with their evidence are data, in scene.json.
export default defineScene({ ...declaration(scene), steps, controls, model, frameAt, describe, Figure });
