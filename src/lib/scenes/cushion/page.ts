import type { ScenePage } from '../types';
import { cushionClaims } from './claims';
import { cushionSteps } from './steps';
import { cushionText } from './text';

export const scenePage: ScenePage = { steps: cushionSteps, text: cushionText, claims: cushionClaims };
