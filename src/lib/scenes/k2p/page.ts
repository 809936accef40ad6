import type { ScenePage } from '../types';
import { k2pClaims } from './claims';
import { k2pSteps } from './steps';
import { k2pText } from './text';

export const scenePage: ScenePage = { steps: k2pSteps, text: k2pText, claims: k2pClaims };
