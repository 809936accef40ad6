import type { SceneDefinition } from '../types';
import { cushionClaims } from './claims';
import { describeCushion } from './describe';
import Figure from './Figure.svelte';
import { cushionDefaults, cushionSceneAt, type CushionSceneState } from './state';
import { cushionSteps } from './steps';
import { cushionText } from './text';

export const cushionScene: SceneDefinition<CushionSceneState> = {
	id: 'cushion',
	steps: cushionSteps,
	text: cushionText,
	claims: cushionClaims,
	defaultStateAt: (t) => cushionSceneAt(t, cushionDefaults),
	describe: describeCushion,
	Figure
};
