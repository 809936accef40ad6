import type { ScenePage } from '../types';
import { injectionClaims } from './claims';
import { injectionSteps } from './steps';
import { injectionText } from './text';

export const scenePage: ScenePage = { steps: injectionSteps, text: injectionText, claims: injectionClaims };
