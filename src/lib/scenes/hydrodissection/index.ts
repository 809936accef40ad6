import { declaration, defineScene } from '$lib/player/scene';
import { describeHydrodissection as describe } from './describe';
import Figure from './Figure.svelte';
import { controls, hydrodissectionFrameAt as frameAt, hydrodissectionModel as model, steps } from './model';
import scene from './scene.json';

// Glucopuncture's best-studied use: an ultrasound-guided injection of 5 % dextrose around the median nerve
// in the carpal tunnel, the fluid going under the nerve, then all round it (science.md B; C1 #12–13).
// Its id, layouts and claims with their evidence are data, in scene.json.
export default defineScene({ ...declaration(scene), steps, controls, model, frameAt, describe, Figure });
