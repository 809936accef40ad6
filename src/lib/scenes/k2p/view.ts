import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { createRng } from '$lib/physiology';
import type { K2pSceneState } from './state';

/**
 * Where everything of the K2P figure goes, in viewBox units (480 × 600), for one state. Pure: the same
 * state always gives the same picture (seeded ion positions), on the server and in the browser.
 */
export const K2P_VIEWBOX = { width: 480, height: 600 } as const;

const MEMBRANE = { top: 112, bottom: 162 };
const CHANNEL_X = [60, 150, 240, 330, 420];
const ION_COUNT = 10;
export const CHART = { left: 40, right: 466, top: 392, bottom: 540 };
const VM_DOMAIN: [number, number] = [-95, -45];

export interface Ion {
	x: number;
	y: number;
}
export interface Channel {
	x: number;
	/** half-width of the pore, 0 when closed */
	gap: number;
	open: boolean;
}
export interface GuideLine {
	key: 'eK' | 'rest' | 'threshold';
	y: number;
	value_mV: number;
}
export interface K2pView {
	membrane: typeof MEMBRANE;
	channels: Channel[];
	ions: Ion[];
	guides: GuideLine[];
	tracePath: string;
	/** where the drawn trace ends: the present moment */
	cursor: { x: number; y: number };
	openingX: number;
	xTicks: { x: number; label: string }[];
	spikes: number;
}

const x = scaleLinear().domain([0, 100]).range([CHART.left, CHART.right]);
const y = scaleLinear().domain(VM_DOMAIN).range([CHART.bottom, CHART.top]).clamp(true);
const tracePath = line<[number, number]>()
	.x((d) => x(d[0]))
	.y((d) => y(d[1]));

const ease = (p: number) => (p <= 0 ? 0 : p >= 1 ? 1 : p * p * (3 - 2 * p));

/** Each ion's resting spot inside the cell and the channel it would leave by (fixed seed: same every load). */
const ionSeeds = (() => {
	const rng = createRng(2024);
	// a loose grid with a little jitter: ions never pile on each other or on a label
	return Array.from({ length: ION_COUNT }, (_, i) => ({
		inside: {
			x: 140 + (i % 5) * 72 + (rng.next() - 0.5) * 24,
			y: 214 + Math.floor(i / 5) * 46 + (rng.next() - 0.5) * 14
		},
		outside: {
			x: 150 + (i % 5) * 68 + (rng.next() - 0.5) * 24,
			y: 40 + Math.floor(i / 5) * 40 + (rng.next() - 0.5) * 10
		},
		channel: i % CHANNEL_X.length,
		delay: rng.next() * 0.5
	}));
})();

export function k2pView(state: K2pSceneState): K2pView {
	const openCount = Math.round(state.params.openFraction * CHANNEL_X.length);
	// open channels spread across the patch: the middle one first, then outward
	const order = [2, 1, 3, 0, 4];
	const openSet = new Set(order.slice(0, openCount));
	const opening = ease(state.channelOpening);
	const channels = CHANNEL_X.map((cx, i) => {
		const gap = openSet.has(i) ? 9 * opening : 0;
		return { x: cx, gap, open: gap > 0.5 };
	});

	const ions = ionSeeds.map((seed, i) => {
		const leaves = openSet.size > 0 && i < Math.round((ION_COUNT * openSet.size) / CHANNEL_X.length);
		if (!leaves) return { ...seed.inside };
		const exit = CHANNEL_X[order[i % openSet.size]!]!;
		const p = ease((state.effluxProgress - seed.delay) / 0.5);
		// inside → mouth of the pore → through the membrane → a spot outside
		if (p < 0.35) {
			const q = p / 0.35;
			return {
				x: seed.inside.x + (exit - seed.inside.x) * q,
				y: seed.inside.y + (MEMBRANE.bottom + 14 - seed.inside.y) * q
			};
		}
		if (p < 0.65) {
			const q = (p - 0.35) / 0.3;
			return { x: exit, y: MEMBRANE.bottom + 14 - (MEMBRANE.bottom - MEMBRANE.top + 28) * q };
		}
		const q = (p - 0.65) / 0.35;
		return {
			x: exit + (seed.outside.x - exit) * q,
			y: MEMBRANE.top - 14 + (seed.outside.y - MEMBRANE.top + 14) * q
		};
	});

	const shown = state.trace.t_ms
		.map((t, i) => [t, state.trace.vm_mV[i]!] as [number, number])
		.filter(([t]) => t <= state.shownUntil_ms + 1e-9);

	return {
		membrane: MEMBRANE,
		channels,
		ions,
		guides: [
			{ key: 'threshold', y: y(state.threshold_mV), value_mV: state.threshold_mV },
			{ key: 'rest', y: y(state.rest_mV), value_mV: state.rest_mV },
			{ key: 'eK', y: y(state.eK_mV), value_mV: state.eK_mV }
		],
		tracePath: tracePath(shown) ?? '',
		cursor: { x: x(state.shownUntil_ms), y: y(state.vm_mV) },
		openingX: x(10),
		xTicks: x.ticks(4).map((t) => ({ x: x(t), label: String(t) })),
		spikes: Math.round(state.firingRate_Hz / 2)
	};
}
