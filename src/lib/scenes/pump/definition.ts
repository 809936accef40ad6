import type { SceneDefinition } from '../types';
import { pumpClaims } from './claims';
import { describePump } from './describe';
import Figure from './Figure.svelte';
import { pumpDefaults, pumpSceneAt, type PumpSceneState } from './state';
import { pumpSteps } from './steps';
import { pumpText } from './text';

export const pumpScene: SceneDefinition<PumpSceneState> = {
	id: 'pump',
	steps: pumpSteps,
	text: pumpText,
	claims: pumpClaims,
	defaultStateAt: (t) => pumpSceneAt(t, pumpDefaults),
	describe: describePump,
	Figure
};
