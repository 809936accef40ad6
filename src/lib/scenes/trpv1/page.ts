import type { ScenePage } from '../types';
import { trpv1Claims } from './claims';
import { trpv1Steps } from './steps';
import { trpv1Text } from './text';

export const scenePage: ScenePage = { steps: trpv1Steps, text: trpv1Text, claims: trpv1Claims };
