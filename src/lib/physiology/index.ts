// The public surface of the physiology models: numbers in, numbers out (no DOM, Svelte or GSAP).
// What each model computes, its equations, simplifications and evidence: ./model.md.
export * from './constants';
export { ghk, nernst, type Ion } from './membrane';
export * from './firing';
export * from './trpv1';
export * from './k2p';
export * from './pump';
export * from './pump-leak';
export * from './cushion';
export * from './dose';
export * from './skin';
export * from './ode';
export * from './rng';
