import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { FIGURE_WIDTH, LABEL_CHAR_WIDTH, type Tick } from '$lib/figure/axis';
import type { IonKind } from '$lib/figure/ions';
import { band, type Landscape } from '$lib/figure/parts';
import { clamp } from '$lib/math/clamp';
import { ease } from '$lib/math/ease';
import { mix, mixPoint, points, type Point } from '$lib/math/mix';
import type { Position } from '$lib/player/steps';
import { MAMMALIAN } from '$lib/physiology';
import {
	CHART_MINUTES,
	FUEL_BACK_min,
	FUEL_CUT_min,
	steps,
	type PumpFrame,
	type PumpModel,
	type PumpStepId
} from './model';

/**
 * Where everything of the pump figure goes, in viewBox units (480 × 952), for one frame. Pure: the same
 * frame always gives the same picture, on the server and in the browser.
 *
 * From the top: the membrane with the pump and its ions (0–250), the ATP and the inside crowd (250–340),
 * where the ATP comes from (fuel row), the glucose uptake bar, then two charts over two hours that share
 * one time axis: [Na⁺]i and [K⁺]i (0–150 mM), then Vm (−95 to 0 mV). Every text has its own row: the
 * band's "no glucose" above the legend, the legend above the concentrations, the Vm readout and the time
 * shown between the two charts, the tick labels in a column left of the charts.
 */
export const VIEWBOX = { width: FIGURE_WIDTH, height: 952 } as const;

export const MEMBRANE = { top: 130, bottom: 180 };
export const PUMP = { left: 158, right: 322, top: 100, bottom: 210, cx: 240, labelY: 240 };
export const FUEL_Y = 368;
export const UPTAKE_BAR = { left: 14, right: 466, y: 448, height: 18, labelY: 436, tickLabelY: 492 };
/** the hypothesis box beside the fuel row */
export const HYPOTHESIS_BOX = {
	left: 330,
	right: 470,
	top: FUEL_Y - 26,
	bottom: FUEL_Y + 14,
	textY: FUEL_Y + 2
};
/** baselines of the rows between the uptake bar and the charts */
export const ROWS = { noFuel: 522, legend: 552, readout: 728, timeTitle: 940 };
export const CONC_CHART = { left: 96, right: 456, top: 572, bottom: 682 };
export const VM_CHART = { left: 96, right: 456, top: 760, bottom: 890 };
/**
 * Side by side (parts.ts), for a wide screen: the cell (the pump, its ions, its fuel and the glucose uptake)
 * on the left, the two hours of charts beside it, a wider gutter between them so that the drawing is at
 * least twice as wide as it is tall (presenter-fit.ts).
 */
export const LANDSCAPE: Landscape<'cell' | 'charts'> = {
	width: 1020,
	height: 500,
	parts: {
		cell: { from: band(0, 498), to: { x: 0, y: 1 } },
		charts: { from: band(500, VIEWBOX.height), to: { x: 540, y: 24 } }
	}
};
const CONC_DOMAIN: [number, number] = [0, 150];
const VM_DOMAIN: [number, number] = [-95, 0];
const CONC_TICKS_mM = [0, 140];
const VM_TICKS_mV = [-90, 0];

/** from a legend swatch's centre to its text, and from one legend item to the next */
const SWATCH_GAP = 14;
const LEGEND_GAP = 24;

export interface PlacedIon extends Point {
	kind: IonKind;
	opacity: number;
}

// The ions of one cycle, where they sit at each step. From k-in to fuel-cut a new cycle starts: the Na⁺ just
// released join the crowd outside and three new ones bind from the inside.
const BOUND_NA = points([218, 138], [262, 138], [240, 178]);
const RELEASED_NA = points([192, 60], [240, 40], [288, 60]);
const WAITING_NA = points([190, 262], [240, 282], [290, 262]);
const BOUND_K = points([220, 156], [260, 156]);
const WAITING_K = points([360, 48], [400, 82]);
const ENTERED_K = points([204, 270], [276, 270]);

const ATP_SPOT: Point = { x: 330, y: 292 };
const ADP_SPOT: Point = { x: 246, y: 318 };
const PHOSPHATE_SPOT: Point = { x: 304, y: 196 };

/** A group of ions moving together: each a share `p` of the way from its spot in `a` to its spot in `b`. */
const mixSpots = (a: readonly Point[], b: readonly Point[], p: number) =>
	a.map((spot, i) => mixPoint(spot, b[i]!, p));

/**
 * The molecules of one turn of the cycle, each change told by the step it happens at (eased, so it starts
 * and ends at rest). This cycle's three Na⁺ go out at 'na-out'; its two K⁺ bind at 'k-bind' and go in at
 * 'k-in'; the ATP walks up and gives its phosphate at 'atp-phosphate', and its ADP leaves before 'k-bind';
 * the phosphate is set free (Pi) as the K⁺ go in. At 'fuel-cut' the two-hour run starts a new cycle: the
 * next three Na⁺ bind from the inside, a new ATP waits, and this cycle's ions join the crowd.
 */
function cycleAt(position: Position<typeof steps>) {
	const at = (id: PumpStepId) => ease(position.reached(id));
	const newCycle = at('fuel-cut');
	const gave = at('atp-phosphate');
	return {
		oldNa: { spots: mixSpots(BOUND_NA, RELEASED_NA, at('na-out')), opacity: 1 - newCycle },
		newNa: { spots: mixSpots(WAITING_NA, BOUND_NA, newCycle), opacity: newCycle },
		k: {
			spots: mixSpots(mixSpots(WAITING_K, BOUND_K, at('k-bind')), ENTERED_K, at('k-in')),
			opacity: 1 - newCycle
		},
		atp: { ...mixPoint(ATP_SPOT, PHOSPHATE_SPOT, gave - at('na-out')), opacity: 1 - gave + newCycle },
		adp: { ...ADP_SPOT, opacity: gave - at('k-bind') },
		phosphate: mixPoint(PHOSPHATE_SPOT, ADP_SPOT, at('k-in')),
		phosphateFree: at('k-in') - newCycle
	};
}

// The crowd: outside, many Na⁺ and one K⁺ (145 and 5 mM, fixed); inside, counts follow the model's
// concentrations (1 to 6 of each), so the inside fills with Na⁺ as the gradients run down.
const OUTSIDE_NA = points([36, 100], [92, 64], [132, 104], [354, 104], [440, 40], [446, 104]);
const OUTSIDE_K: Point = { x: 150, y: 50 };
const INSIDE_SLOTS = points(
	[36, 236],
	[444, 236],
	[90, 276],
	[390, 276],
	[36, 316],
	[444, 316],
	[112, 230],
	[368, 230],
	[140, 316],
	[90, 336]
);
const MOST_INSIDE = 6;
/** the span of one gradient, mM: one more ion drawn inside per fifth of it */
const GRADIENT_mM = MAMMALIAN.K.inside_mM - MAMMALIAN.K.outside_mM;

/** 1 ion inside at the floor, up to 6 once the inside has gained a whole gradient. */
export function insideCount(value_mM: number, floor_mM: number): number {
	return clamp(1 + Math.round(((MOST_INSIDE - 1) * (value_mM - floor_mM)) / GRADIENT_mM), 1, MOST_INSIDE, 1);
}

const x = scaleLinear().domain([0, CHART_MINUTES]).range([CONC_CHART.left, CONC_CHART.right]);
const yConc = scaleLinear().domain(CONC_DOMAIN).range([CONC_CHART.bottom, CONC_CHART.top]).clamp(true);
const yVm = scaleLinear().domain(VM_DOMAIN).range([VM_CHART.bottom, VM_CHART.top]).clamp(true);
const uptakeX = scaleLinear().domain([0, 1]).range([UPTAKE_BAR.left, UPTAKE_BAR.right]).clamp(true);

export interface ScaleTick {
	at: number;
	value: number;
}

export interface Molecule extends Point {
	opacity: number;
}

export interface PumpLayout {
	/** the pump's two halves as paths, its cavity opening toward the side it faces */
	halves: [string, string];
	/** 0 facing the inside, 1 the outside */
	facing: number;
	ions: PlacedIon[];
	atp: Molecule;
	adp: Molecule;
	phosphate: Molecule & { free: boolean };
	stalled: boolean;
	uptake: { width: number; blood: number; d5w: number };
	noFuel: { x0: number; x1: number };
	naPath: string;
	kPath: string;
	vmPath: string;
	cursor: { x: number; na: number; k: number; vm: number };
	restY: number;
	/** the two charts' vertical scales: each tick's y and its value (mM, mV), for the figure to write */
	concTicks: ScaleTick[];
	vmTicks: ScaleTick[];
	xTicks: Tick[];
}

function halfPath(side: -1 | 1, facing: number): string {
	const cx = PUMP.cx;
	const gapTop = 6 + 36 * facing;
	const gapBottom = 6 + 36 * (1 - facing);
	const outer = side < 0 ? PUMP.left : PUMP.right;
	const innerTop = cx + side * gapTop;
	const innerBottom = cx + side * gapBottom;
	const r = 18;
	// a rounded outer side, a straight slanted inner side
	return [
		`M${innerTop} ${PUMP.top}`,
		`L${outer - side * r} ${PUMP.top}`,
		`Q${outer} ${PUMP.top} ${outer} ${PUMP.top + r}`,
		`L${outer} ${PUMP.bottom - r}`,
		`Q${outer} ${PUMP.bottom} ${outer - side * r} ${PUMP.bottom}`,
		`L${innerBottom} ${PUMP.bottom}`,
		'Z'
	].join(' ');
}

/** A group of this cycle's ions, placed, if it shows at all. */
function groupIons(group: { spots: Point[]; opacity: number }, kind: IonKind): PlacedIon[] {
	if (group.opacity <= 0.01) return [];
	return group.spots.map((spot) => ({ ...spot, kind, opacity: group.opacity }));
}

export function pumpLayout(model: PumpModel, frame: PumpFrame): PumpLayout {
	const { position } = frame;
	const p = ease(position.progress);

	// the pump's shape and phosphate come from the model's cycle (physiology/pump.ts, PUMP_STEPS)
	const { fromStep, toStep } = frame.cycle;
	const facing = mix(Number(fromStep.facing === 'outside'), Number(toStep.facing === 'outside'), p);

	// the crowd
	const ions: PlacedIon[] = [];
	for (const spot of OUTSIDE_NA) ions.push({ ...spot, kind: 'na', opacity: 1 });
	ions.push({ ...OUTSIDE_K, kind: 'k', opacity: 1 });
	const naIn = insideCount(frame.now.naInside_mM, MAMMALIAN.Na.inside_mM);
	const kIn = insideCount(frame.now.kInside_mM, MAMMALIAN.K.outside_mM);
	// alternate K⁺ and Na⁺ through the slots until each count is used
	const order: IonKind[] = [];
	for (let i = 0; i < Math.max(naIn, kIn); i++) {
		if (i < kIn) order.push('k');
		if (i < naIn) order.push('na');
	}
	order
		.slice(0, INSIDE_SLOTS.length)
		.forEach((kind, i) => ions.push({ ...INSIDE_SLOTS[i]!, kind, opacity: 1 }));

	// the ions of this cycle
	const cycle = cycleAt(position);
	ions.push(...groupIons(cycle.oldNa, 'na'), ...groupIons(cycle.newNa, 'na'), ...groupIons(cycle.k, 'k'));

	const phosphateOn = mix(Number(fromStep.phosphorylated), Number(toStep.phosphorylated), p);
	const piFree = cycle.phosphateFree;

	const { series } = model;
	const samples: number[] = [];
	series.t_min.forEach((t, i) => {
		if (t <= frame.shownUntil_min + 1e-9) samples.push(i);
	});
	const pathOf = (values: number[], y: (v: number) => number) =>
		line<number>()
			.x((i) => x(series.t_min[i]!))
			.y((i) => y(values[i]!))(samples) ?? '';

	return {
		halves: [halfPath(-1, facing), halfPath(1, facing)],
		facing,
		ions,
		atp: { ...cycle.atp, opacity: frame.stalled ? 0 : cycle.atp.opacity },
		adp: cycle.adp,
		phosphate: { ...cycle.phosphate, opacity: Math.max(phosphateOn, piFree), free: piFree > 0.5 },
		stalled: frame.stalled,
		uptake: {
			width: uptakeX(model.uptake) - UPTAKE_BAR.left,
			blood: uptakeX(model.uptakeAtBlood),
			d5w: uptakeX(model.uptakeAtD5W)
		},
		noFuel: { x0: x(FUEL_CUT_min), x1: x(FUEL_BACK_min) },
		naPath: pathOf(series.naInside_mM, yConc),
		kPath: pathOf(series.kInside_mM, yConc),
		vmPath: pathOf(series.vm_mV, yVm),
		cursor: {
			x: x(frame.shownUntil_min),
			na: yConc(frame.now.naInside_mM),
			k: yConc(frame.now.kInside_mM),
			vm: yVm(frame.now.vm_mV)
		},
		restY: yVm(model.rest.vm_mV),
		concTicks: CONC_TICKS_mM.map((value) => ({ at: yConc(value), value })),
		vmTicks: VM_TICKS_mV.map((value) => ({ at: yVm(value), value })),
		xTicks: x.ticks(4).map((t) => ({ at: x(t), label: String(t) }))
	};
}

/** An upper estimate of a label's width, viewBox units (axis.ts: 12.5 per character of a 21-unit label). */
export const labelWidth = (text: string) => text.length * LABEL_CHAR_WIDTH;

export interface LegendItem {
	kind: IonKind;
	/** the swatch's centre and the label's start */
	swatch: Point;
	textX: number;
}

/**
 * The legend of the concentration chart, left to right from the chart's left edge, each item after the
 * previous one's (estimated) text: it fits in either language.
 */
export function legendLayout(kLabel: string, naLabel: string): LegendItem[] {
	const items: LegendItem[] = [];
	let left = CONC_CHART.left;
	for (const [kind, label] of [
		['k', kLabel],
		['na', naLabel]
	] as const) {
		const swatch = { x: left + 7, y: ROWS.legend - 7 };
		items.push({ kind, swatch, textX: swatch.x + SWATCH_GAP });
		left = swatch.x + SWATCH_GAP + labelWidth(label) + LEGEND_GAP;
	}
	return items;
}
