import type { SceneDefinition } from '../types';
import { injectionClaims } from './claims';
import { describeInjection } from './describe';
import Figure from './Figure.svelte';
import { injectionDefaults, injectionSceneAt, type InjectionSceneState } from './state';
import { injectionSteps } from './steps';
import { injectionText } from './text';

export const injectionScene: SceneDefinition<InjectionSceneState> = {
	id: 'injection',
	steps: injectionSteps,
	text: injectionText,
	claims: injectionClaims,
	defaultStateAt: (t) => injectionSceneAt(t, injectionDefaults),
	describe: describeInjection,
	Figure
};
