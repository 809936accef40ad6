import type { ScenePage } from '../types';
import { pumpClaims } from './claims';
import { pumpSteps } from './steps';
import { pumpText } from './text';

export const scenePage: ScenePage = { steps: pumpSteps, text: pumpText, claims: pumpClaims };
