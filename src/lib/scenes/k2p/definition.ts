import type { SceneDefinition } from '../types';
import { k2pClaims } from './claims';
import { describeK2p } from './describe';
import Figure from './Figure.svelte';
import { k2pDefaults, k2pSceneAt, type K2pSceneState } from './state';
import { k2pSteps } from './steps';
import { k2pText } from './text';

export const k2pScene: SceneDefinition<K2pSceneState> = {
	id: 'k2p',
	steps: k2pSteps,
	text: k2pText,
	claims: k2pClaims,
	defaultStateAt: (t) => k2pSceneAt(t, k2pDefaults),
	describe: describeK2p,
	Figure
};
