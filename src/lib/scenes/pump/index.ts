import { declaration, defineScene } from '$lib/player/scene';
import { describePump as describe } from './describe';
import Figure from './Figure.svelte';
import { controls, pumpFrameAt as frameAt, pumpModel as model, steps } from './model';
import scene from './scene.json';

// One turn of the Na⁺/K⁺ pump, then the same axon over two hours as its glucose is withdrawn and given back
// (the pump–leak model); the source article's "painful nerves are glucose-starved, dextrose feeds them" drawn
// as a separate, dashed layer (science.md A2; C1 #11; physiology/model.md).
// Its id, layouts and claims with their evidence are data, in scene.json.
// (Its claim 'glucose-uptake' is a calculation of this model from textbook transporter constants, labelled as the
// site labels what its models give, as the cushion's 'mediators-made-again': plausible, not measured on a nerve.)
export default defineScene({ ...declaration(scene), steps, controls, model, frameAt, describe, Figure });
