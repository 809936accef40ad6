import type { SceneDefinition } from '../types';
import { trpv1Claims } from './claims';
import { describeTrpv1 } from './describe';
import Figure from './Figure.svelte';
import { trpv1Defaults, trpv1SceneAt, type Trpv1SceneState } from './state';
import { trpv1Steps } from './steps';
import { trpv1Text } from './text';

export const trpv1Scene: SceneDefinition<Trpv1SceneState> = {
	id: 'trpv1',
	steps: trpv1Steps,
	text: trpv1Text,
	claims: trpv1Claims,
	defaultStateAt: (t) => trpv1SceneAt(t, trpv1Defaults),
	describe: describeTrpv1,
	Figure
};
