import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { createRng } from '$lib/physiology';
import { FIGURE_WIDTH, type Tick } from '$lib/figure/axis';
import { band, sideBySide } from '$lib/figure/parts';
import { ease } from '$lib/math/ease';
import { mixPoint, type Point } from '$lib/math/mix';
import { OPENING_MS, TRACE_MS, type K2pFrame, type K2pModel } from './model';

/**
 * Where everything of the K2P figure goes, in viewBox units (480 × 600), for one frame. Pure: the same
 * frame always gives the same picture (seeded ion positions), on the server and in the browser.
 */
export const VIEWBOX = { width: FIGURE_WIDTH, height: 600 } as const;

export const MEMBRANE = { top: 112, bottom: 162 };
const CHANNEL_X = [60, 150, 240, 330, 420];
/** open channels spread across the patch: the middle one first, then outward */
const OPENING_ORDER = [2, 1, 3, 0, 4];
const ION_COUNT = 10;
export const CHART = { left: 40, right: 466, top: 392, bottom: 540 };
const VM_DOMAIN: [number, number] = [-95, -45];

/**
 * Side by side (parts.ts), for a wide screen: the membrane patch with its channels and K⁺ (down to its
 * "inside" label) on the left, the readouts and the trace beside it.
 */
export const LANDSCAPE = sideBySide({ width: 980, height: 300 }, { left: 'patch', right: 'trace' }, [
	band(302, VIEWBOX.height),
	{ x: 500, y: 1 }
]);

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
/** What the chart draws that depends on the model alone: made once per change of the parameters. */
export interface K2pChart {
	guides: GuideLine[];
	/** the whole run's Vm trace, revealed up to the present (Trace's `until`) */
	tracePath: string;
	openingX: number;
	xTicks: Tick[];
}
/** What moves: made at every frame. */
export interface K2pLayout {
	channels: Channel[];
	ions: Point[];
	/** where the drawn trace ends: the present moment */
	cursor: Point;
}

const x = scaleLinear().domain([0, TRACE_MS]).range([CHART.left, CHART.right]);
const y = scaleLinear().domain(VM_DOMAIN).range([CHART.bottom, CHART.top]).clamp(true);

/** Each ion's resting spot inside the cell and outside it (fixed seed: the same every load). */
const ionSeeds = (() => {
	const rng = createRng(2024);
	// a loose grid with a little jitter: ions never pile on each other or on a label
	return Array.from({ length: ION_COUNT }, (_, i) => ({
		inside: Object.freeze({
			x: 150 + (i % 5) * 72 + (rng.next() - 0.5) * 24,
			y: 214 + Math.floor(i / 5) * 46 + (rng.next() - 0.5) * 14
		}),
		// outside, on the right: the left of the outside is kept for the hypothesis layer's label
		outside: Object.freeze({
			x: 230 + (i % 5) * 52 + (rng.next() - 0.5) * 20,
			y: 40 + Math.floor(i / 5) * 40 + (rng.next() - 0.5) * 10
		}),
		delay: rng.next() * 0.5
	}));
})();

/** how far an open channel's halves stand apart, viewBox units */
const OPEN_GAP = 9;
const CLOSED_CHANNELS = CHANNEL_X.map((x) => Object.freeze({ x, gap: 0, open: false }));
const OPEN_CHANNELS = CHANNEL_X.map((x) => Object.freeze({ x, gap: OPEN_GAP, open: true }));

/**
 * An ion on its way out: inside → mouth of the pore → through the membrane → its spot outside. Before it
 * leaves and once it has arrived it is its seed's own spot, the same object at every frame: the figure
 * redraws an ion only when its object changes (a keyed each-block compares by identity).
 */
function leaving(seed: (typeof ionSeeds)[number], exit: number, p: number): Point {
	if (p <= 0) return seed.inside;
	if (p >= 1) return seed.outside;
	const below = { x: exit, y: MEMBRANE.bottom + 14 };
	const above = { x: exit, y: MEMBRANE.top - 14 };
	if (p < 0.35) return mixPoint(seed.inside, below, p / 0.35);
	if (p < 0.65) return mixPoint(below, above, (p - 0.35) / 0.3);
	return mixPoint(above, seed.outside, (p - 0.65) / 0.35);
}

export function k2pChart(model: K2pModel): K2pChart {
	const { t_ms, vm_mV } = model.trace;
	const path = line<number>()
		.x((i) => x(t_ms[i]!))
		.y((i) => y(vm_mV[i]!));
	return {
		guides: [
			{ key: 'threshold', y: y(model.after.threshold_mV), value_mV: model.after.threshold_mV },
			{ key: 'rest', y: y(model.rest_mV), value_mV: model.rest_mV },
			{ key: 'eK', y: y(model.after.eK_mV), value_mV: model.after.eK_mV }
		],
		tracePath: path(t_ms.map((_, i) => i)) ?? '',
		openingX: x(OPENING_MS),
		xTicks: x.ticks(4).map((t) => ({ at: x(t), label: String(t) }))
	};
}

export function k2pLayout(model: K2pModel, frame: K2pFrame): K2pLayout {
	const openCount = Math.round(model.params.openFraction * CHANNEL_X.length);
	const openSet = new Set(OPENING_ORDER.slice(0, openCount));
	const opening = ease(frame.channelOpening);
	// a channel at rest, shut or wide open, is the same object at every frame (as an ion is, below)
	const channels = CHANNEL_X.map((cx, i) => {
		if (!openSet.has(i) || opening === 0) return CLOSED_CHANNELS[i]!;
		if (opening === 1) return OPEN_CHANNELS[i]!;
		const gap = OPEN_GAP * opening;
		return { x: cx, gap, open: gap > 0.5 };
	});

	// as many ions leave as the share of open channels says, each by one of the open pores
	const leavers = Math.round((ION_COUNT * openSet.size) / CHANNEL_X.length);
	const ions = ionSeeds.map((seed, i) => {
		if (i >= leavers) return seed.inside;
		const exit = CHANNEL_X[OPENING_ORDER[i % openSet.size]!]!;
		return leaving(seed, exit, ease((frame.effluxProgress - seed.delay) / 0.5));
	});

	return { channels, ions, cursor: { x: x(frame.shownUntil_ms), y: y(frame.vm_mV) } };
}
