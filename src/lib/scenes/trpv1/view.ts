import { scaleLinear } from 'd3-scale';
import { createRng } from '$lib/physiology';
import type { Trpv1SceneState } from './state';

/**
 * Where everything of the TRPV1 figure goes, in viewBox units (480 × 600), for one state. Pure and
 * seeded: the same state always gives the same picture, on the server and in the browser.
 */
export const TRPV1_VIEWBOX = { width: 480, height: 600 } as const;
export const MEMBRANE = { top: 112, bottom: 162 };
export const SCALE = { left: 40, right: 440, y: 420 };
export const AXON = { left: 40, right: 400, y: 540 };

export interface Cation {
	kind: 'na' | 'ca';
	x: number;
	y: number;
	visible: boolean;
}
export interface Trpv1View {
	channels: { x: number; gap: number; open: boolean }[];
	cations: Cation[];
	vmX: number;
	restX: number;
	thresholdX: number;
	hypotheticalX: number;
	ticks: { x: number; label: string }[];
	spikes: number[];
}

const vmScale = scaleLinear().domain([-90, 0]).range([SCALE.left, SCALE.right]).clamp(true);
const CATIONS = 10;
/** each cation's spot inside the ending (a loose grid, seeded jitter) and when it enters */
const seeds = (() => {
	const rng = createRng(1997);
	return Array.from({ length: CATIONS }, (_, i) => ({
		kind: (i % 3 === 2 ? 'ca' : 'na') as Cation['kind'],
		spot: {
			x: 60 + (i % 5) * 90 + (rng.next() - 0.5) * 20,
			y: 206 + Math.floor(i / 5) * 52 + (rng.next() - 0.5) * 12
		},
		enters: i * 0.09
	}));
})();

const frac = (value: number) => value - Math.floor(value);

export function trpv1View(state: Trpv1SceneState): Trpv1View {
	const count = Math.min(8, Math.max(4, Math.round(4 * state.density)));
	const spacing = 400 / count;
	// drawn open: the open probability of the population, at least one channel once it is more than a trace
	const openCount = Math.max(state.openProbability > 0.02 ? 1 : 0, Math.round(count * state.openProbability));
	const middleFirst = [...Array(count).keys()].sort(
		(a, b) => Math.abs(a - (count - 1) / 2) - Math.abs(b - (count - 1) / 2)
	);
	const openSet = new Set(middleFirst.slice(0, openCount));
	const channels = Array.from({ length: count }, (_, i) => {
		const gap = openSet.has(i) ? 9 * state.opening : 0;
		return { x: 40 + spacing * (i + 0.5), gap, open: gap > 0.5 };
	});
	const openXs = channels.filter((c) => c.open).map((c) => c.x);

	// cations enter one after another through the open pores and settle inside the ending
	const flowing = openXs.length ? Math.round(CATIONS * Math.min(1, 0.3 + state.openProbability * 1.5)) : 0;
	const cations = seeds.map((seed, i) => {
		const pore = openXs[i % Math.max(1, openXs.length)] ?? 240;
		const p = i < flowing ? Math.min(1, Math.max(0, (state.influx - seed.enters) / 0.35)) : 0;
		if (p <= 0) return { kind: seed.kind, x: pore, y: MEMBRANE.top - 30, visible: false };
		if (p < 0.45) {
			const q = p / 0.45;
			return {
				kind: seed.kind,
				x: pore,
				y: MEMBRANE.top - 30 + (MEMBRANE.bottom + 20 - MEMBRANE.top + 30) * q,
				visible: true
			};
		}
		const q = (p - 0.45) / 0.55;
		return {
			kind: seed.kind,
			x: pore + (seed.spot.x - pore) * q,
			y: MEMBRANE.bottom + 20 + (seed.spot.y - MEMBRANE.bottom - 20) * q,
			visible: true
		};
	});

	const rate = state.firingRate_Hz;
	const shownSpikes = rate > 0 && state.signalling ? Math.min(6, Math.max(1, Math.round(rate / 7))) : 0;
	const spikes = Array.from(
		{ length: shownSpikes },
		(_, i) => AXON.left + (AXON.right - AXON.left) * frac(state.t * 0.9 + i / shownSpikes)
	);

	return {
		channels,
		cations,
		vmX: vmScale(state.vm_mV),
		restX: vmScale(state.rest.vm_mV),
		thresholdX: vmScale(state.stimulated.threshold_mV),
		hypotheticalX: vmScale(state.hypothetical.vm_mV),
		ticks: [-90, -60, -30, 0].map((v) => ({ x: vmScale(v), label: v === 0 ? '0' : `−${-v}` })),
		spikes
	};
}
