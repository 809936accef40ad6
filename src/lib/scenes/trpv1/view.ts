import { scaleLinear } from 'd3-scale';
import { createRng } from '$lib/physiology';
import { FIGURE_WIDTH, type Anchor, type Tick } from '$lib/figure/axis';
import type { IonKind } from '$lib/figure/ions';
import { band, sideBySide } from '$lib/figure/parts';
import type { NumberFormat } from '$lib/i18n/numbers';
import { clamp } from '$lib/math/clamp';
import { ease } from '$lib/math/ease';
import { mixPoint, type Point } from '$lib/math/mix';
import { opensVisibly, type Trpv1Frame, type Trpv1Model } from './model';

/**
 * Where everything of the TRPV1 figure goes, in viewBox units (480 × 600), for one frame. Pure and
 * seeded: the same frame always gives the same picture, on the server and in the browser.
 *
 * Top to bottom: the tissue (its name, the stimulus, the channel count), the membrane with its channels,
 * the inside of the ending with the cations that came in, the readouts, the membrane-potential scale and
 * the fibre to the spinal cord. Under the scale, each kind of text has its own row, so that none can
 * meet another whatever the stimulus or the weeks of pain: tick values, then "rest" and "threshold",
 * then the hypothesis' legend.
 */
export const VIEWBOX = { width: FIGURE_WIDTH, height: 600 } as const;
/** Text keeps this far from the left and right edges. */
export const EDGE = 14;
export const MEMBRANE = { top: 112, bottom: 162 };
export const SCALE = { left: 40, right: 440, bottom: 420 };
export const AXON = { left: 40, right: 400, y: 550 };
/** Baselines of the rows of text under the scale (tick values are drawn by Axis, 24 units under it). */
export const ROWS = { ticks: SCALE.bottom + 24, guides: SCALE.bottom + 54, hypothesis: SCALE.bottom + 84 };
/**
 * The scale's markers, both above its line, pointing down at their value: Vm solid, and the hypothesis'
 * value as a larger dashed outline (a ghost that shows around Vm's marker when the two coincide). Under
 * the line is the tick values' row, which a marker would cover.
 */
export const MARKERS = {
	vm: { height: 20, halfWidth: 11 },
	hypothesis: { height: 26, halfWidth: 15 }
} as const;

/**
 * Side by side (parts.ts), for a wide screen: the ending (tissue, membrane, cations; down to its "inside"
 * label) on the left, and beside it what it does: the readouts, the scale and the fibre.
 */
export const LANDSCAPE = sideBySide({ width: 980, height: 320 }, { left: 'ending', right: 'readings' }, [
	band(322, VIEWBOX.height),
	{ x: 500, y: 21 }
]);

/** Channels spread over the membrane; subunits 20 wide, and at least `apart` between two open channels. */
const CHANNELS = { left: 40, width: 400, fewest: 4, most: 8, halfGap: 9, subunit: 20, apart: 6 };
const CATIONS = 10;
const TICKS_mV = [-90, -60, -30, 0];

export interface Channel {
	x: number;
	/** half-width of the pore, 0 when closed */
	gap: number;
	open: boolean;
	/** each subunit's width: narrower when more channels share the membrane, so open ones never touch */
	width: number;
}
export interface Cation extends Point {
	kind: Extract<IonKind, 'na' | 'ca'>;
	visible: boolean;
}
export interface GuideLabel {
	key: 'rest' | 'threshold';
	/** the guide's position on the scale, and where its word starts or ends */
	at: number;
	x: number;
	anchor: Exclude<Anchor, 'middle'>;
}
export interface Trpv1Layout {
	channels: Channel[];
	cations: Cation[];
	vmX: number;
	hypotheticalX: number;
	spikes: number[];
}

/** The membrane potential's scale: it changes with the parameters (rest, threshold) and language only. */
export interface Trpv1Scale {
	guides: GuideLabel[];
	ticks: Tick[];
}

const vmScale = scaleLinear().domain([-90, 0]).range([SCALE.left, SCALE.right]).clamp(true);

/**
 * Each cation's spot inside the ending (a loose grid, seeded jitter) and when it enters: Na⁺ nine times in
 * ten (the third to come in is the Ca²⁺), as Na⁺ carries most of TRPV1's current and Ca²⁺ about 5–10 % (science.md A3). The grid stays clear of the channels above and of the "inside" label below.
 */
const seeds = (() => {
	const rng = createRng(1997);
	return Array.from({ length: CATIONS }, (_, i) => ({
		kind: (i === 2 ? 'ca' : 'na') as Cation['kind'],
		spot: {
			x: 60 + (i % 5) * 90 + (rng.next() - 0.5) * 20,
			y: 206 + Math.floor(i / 5) * 48 + (rng.next() - 0.5) * 10
		},
		/** influx clock at which it starts: all have settled before the clock reaches 1 */
		enters: i * 0.065
	}));
})();
/** How long one cation takes to come in, on the influx clock. */
const CROSSING = 0.35;

const fraction = (value: number) => value - Math.floor(value);

/** More channels with longer pain: four on a pain-free ending, up to eight at twice the density. */
export function channelCount(density: number): number {
	return Math.min(CHANNELS.most, Math.max(CHANNELS.fewest, Math.round(CHANNELS.fewest * density)));
}

/**
 * A cation not yet let in (not drawn) and one at rest at its spot inside: the same object at every frame, so
 * the figure redraws a cation only while it moves (a keyed each-block compares by identity).
 */
const OUTSIDE: readonly Cation[] = seeds.map((seed) =>
	Object.freeze({ kind: seed.kind, ...seed.spot, visible: false })
);
const SETTLED: readonly Cation[] = seeds.map((seed) =>
	Object.freeze({ kind: seed.kind, ...seed.spot, visible: true })
);

/** Channel i of `count` along the membrane, its pore `gap` open. */
function channelAt(count: number, i: number, gap: number): Channel {
	const spacing = CHANNELS.width / count;
	// narrower when more channels share the membrane, so that open ones never touch
	const width = Math.min(CHANNELS.subunit, spacing / 2 - CHANNELS.halfGap - CHANNELS.apart / 2);
	return { x: CHANNELS.left + spacing * (i + 0.5), gap, open: gap > 0.5, width };
}

/** A channel shut or wide open: made once for each count and place, then the same object. */
const resting = new Map<string, Channel>();
function restingChannel(count: number, i: number, open: boolean): Channel {
	const key = `${count} ${i} ${open}`;
	let channel = resting.get(key);
	if (!channel) {
		channel = Object.freeze(channelAt(count, i, open ? CHANNELS.halfGap : 0));
		resting.set(key, channel);
	}
	return channel;
}

/** An entering cation: from above its pore, through the membrane, then to its spot inside. */
function entering(seed: (typeof seeds)[number], pore: number, p: number): Point {
	const above = { x: pore, y: MEMBRANE.top - 30 };
	const below = { x: pore, y: MEMBRANE.bottom + 20 };
	return p < 0.45 ? mixPoint(above, below, p / 0.45) : mixPoint(below, seed.spot, (p - 0.45) / 0.55);
}

/** A marker's triangle, its tip just above the scale's line at x (or at `tipY`, for a legend). */
export function markerPath(x: number, marker: keyof typeof MARKERS, tipY = SCALE.bottom - 2): string {
	const { height, halfWidth } = MARKERS[marker];
	return `M${x.toFixed(1)} ${tipY} l${-halfWidth} ${-height} h${2 * halfWidth} z`;
}

/** The guides' words beside their lines: "rest" ends left of its line, "threshold" starts right of it. */
function guideLabels(rest_mV: number, threshold_mV: number): GuideLabel[] {
	const rest = vmScale(rest_mV);
	const threshold = vmScale(threshold_mV);
	return [
		{ key: 'rest', at: rest, x: rest - 6, anchor: 'end' },
		{ key: 'threshold', at: threshold, x: threshold + 6, anchor: 'start' }
	];
}

export function trpv1Scale(model: Trpv1Model, n: NumberFormat): Trpv1Scale {
	return {
		guides: guideLabels(model.rest.vm_mV, model.stimulated.threshold_mV),
		ticks: TICKS_mV.map((value) => ({ at: vmScale(value), label: n.fixed(value, 0) }))
	};
}

export function trpv1Layout(frame: Trpv1Frame): Trpv1Layout {
	const count = channelCount(frame.density);
	// drawn open: the population's open share, and at least one channel once the caption says any opens
	const openCount = opensVisibly(frame.openProbability)
		? Math.max(1, Math.round(count * frame.openProbability))
		: 0;
	const middleFirst = [...Array(count).keys()].sort(
		(a, b) => Math.abs(a - (count - 1) / 2) - Math.abs(b - (count - 1) / 2)
	);
	const openSet = new Set(middleFirst.slice(0, openCount));
	const opening = ease(frame.opening);
	const channels = Array.from({ length: count }, (_, i) => {
		// a channel at rest, shut or wide open, is the same object at every frame (as a cation is, below)
		if (!openSet.has(i) || opening === 0) return restingChannel(count, i, false);
		if (opening === 1) return restingChannel(count, i, true);
		return channelAt(count, i, CHANNELS.halfGap * opening);
	});
	const pores = channels.filter((channel) => channel.open).map((channel) => channel.x);

	// cations enter one after another through the open pores and settle inside the ending
	const flowing = pores.length ? Math.round(CATIONS * Math.min(1, 0.3 + frame.openProbability * 1.5)) : 0;
	const cations = seeds.map((seed, i) => {
		const pore = pores[i % Math.max(1, pores.length)] ?? VIEWBOX.width / 2;
		const p = i < flowing ? clamp((frame.influx - seed.enters) / CROSSING, 0, 1) : 0;
		if (p === 0) return OUTSIDE[i]!;
		if (p === 1) return SETTLED[i]!;
		return { kind: seed.kind, ...entering(seed, pore, p), visible: true };
	});

	// signals run along the fibre, driven by the continuous clock; more of them the faster it fires
	const rate = frame.firingRate_Hz;
	// none for a rate the readout writes as 0 (under 0.5 a second): no signal drawn beside "0 signals/s"
	const shown =
		Math.round(rate) >= 1 && frame.signalling ? Math.min(6, Math.max(1, Math.round(rate / 7))) : 0;
	const spikes = Array.from(
		{ length: shown },
		(_, i) => AXON.left + (AXON.right - AXON.left) * fraction(frame.t * 0.9 + i / shown)
	);

	return {
		channels,
		cations,
		vmX: vmScale(frame.vm_mV),
		hypotheticalX: vmScale(frame.hypothetical_mV),
		spikes
	};
}
