import { getContext } from 'svelte';
import type { LabController } from './lab.svelte';

/** The context key under which <MembraneLab> offers its controller to the components inside it. */
export const LAB_CONTEXT = Symbol('membrane-lab');

/** The lab around a component (a question placed in one of its slots), or undefined outside a lab. */
export const labContext = (): LabController | undefined => getContext<LabController>(LAB_CONTEXT);
