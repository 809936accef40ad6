import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { FIGURE_WIDTH, LABEL_CHAR_WIDTH, type Tick } from '$lib/figure/axis';
import type { IonKind } from '$lib/figure/ions';
import { band, sideBySide } from '$lib/figure/parts';
import { ease } from '$lib/math/ease';
import { glucoseUptakeFraction } from '$lib/physiology';
import { mix, type Point } from '$lib/math/mix';
import { cellAt, type PlacedIon } from './cell';
import { CHART_MINUTES, FUEL_BACK_min, FUEL_CUT_min, type PumpFrame, type PumpModel } from './model';

/**
 * Where everything of the pump figure goes, in viewBox units (480 × 952), for one frame. Pure: the same
 * frame always gives the same picture, on the server and in the browser.
 *
 * From the top: the membrane with the pump and its ions (0–250), the ATP and the inside crowd (250–340),
 * where the ATP comes from (fuel row), the glucose uptake bar, then two charts over two hours that share
 * one time axis: [Na⁺]i and [K⁺]i (0–150 mM), then Vm (−95 to 0 mV). Every text has its own row: the
 * band's "no glucose" above the legend, the legend above the concentrations, the Vm readout and the time
 * shown between the two charts, the tick labels in a column left of the charts (wide enough for "140 mM"
 * with a reader's wider letter spacing, WCAG 1.4.12).
 */
export const VIEWBOX = { width: FIGURE_WIDTH, height: 952 } as const;

export const MEMBRANE = { top: 130, bottom: 180 };
export const PUMP = { left: 158, right: 322, top: 100, bottom: 210, cx: 240, labelY: 240 };
export const FUEL_Y = 368;
/**
 * The fuel row: the glucose's name, an arrow, the ATP it gives, and below, with or without oxygen. Without
 * glucose it reads "no glucose", greyed, with "0 ATP" under it and no arrow: "no glucose → 0 ATP" on one
 * line would meet the hypothesis box's words once a reader widens the letter spacing.
 */
export const FUEL_ROW = {
	labelX: 58,
	fed: { arrow: [146, 178], atp: { x: 188, y: FUEL_Y + 7 } },
	cut: { arrow: null, atp: { x: 58, y: FUEL_Y + 34 } },
	oxygen: { x: 188, y: FUEL_Y + 34 }
} as const;
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
export const ROWS = { noFuel: 522, legend: 552, readout: 728, timeTitle: 943 };
export const CONC_CHART = { left: 112, right: 456, top: 572, bottom: 682 };
export const VM_CHART = { left: 112, right: 456, top: 760, bottom: 890 };
/**
 * Side by side (parts.ts), for a wide screen: the cell (the pump, its ions, its fuel and the glucose uptake)
 * on the left, the two hours of charts beside it, a wider gutter between them so that the drawing is at
 * least twice as wide as it is tall (presenter-fit.ts).
 */
export const LANDSCAPE = sideBySide({ width: 1020, height: 500 }, { left: 'cell', right: 'charts' }, [
	band(500, VIEWBOX.height),
	{ x: 540, y: 24 }
]);
const CONC_DOMAIN: [number, number] = [0, 150];
const VM_DOMAIN: [number, number] = [-95, 0];
const CONC_TICKS_mM = [0, 140];
const VM_TICKS_mV = [-90, 0];

/** from a legend swatch's centre to its text, and from one legend item to the next */
const SWATCH_GAP = 14;
const LEGEND_GAP = 24;

const x = scaleLinear().domain([0, CHART_MINUTES]).range([CONC_CHART.left, CONC_CHART.right]);
const yConc = scaleLinear().domain(CONC_DOMAIN).range([CONC_CHART.bottom, CONC_CHART.top]).clamp(true);
const yVm = scaleLinear().domain(VM_DOMAIN).range([VM_CHART.bottom, VM_CHART.top]).clamp(true);
// the same every frame: the axes do not follow the model
const CONC_TICKS = CONC_TICKS_mM.map((value) => ({ at: yConc(value), value }));
const VM_TICKS = VM_TICKS_mV.map((value) => ({ at: yVm(value), value }));
const X_TICKS: Tick[] = x.ticks(4).map((t) => ({ at: x(t), label: String(t) }));
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
	cursor: { x: number; na: number; k: number; vm: number };
}

/**
 * What depends on the parameters only, made once per change of them: the two hours' lines, whole (revealed
 * up to the present by Trace), the resting level, the glucose uptake bar, the band without fuel and the
 * charts' scales. Kept out of the frame, so that playing does not make them again at every frame.
 */
export interface PumpChart {
	naPath: string;
	kPath: string;
	vmPath: string;
	restY: number;
	uptake: { blood: number; d5w: number };
	noFuel: { x0: number; x1: number };
	/** the two charts' vertical scales: each tick's y and its value (mM, mV), for the figure to write */
	concTicks: ScaleTick[];
	vmTicks: ScaleTick[];
	xTicks: Tick[];
}

export function pumpChart(model: PumpModel): PumpChart {
	const { series } = model;
	const pathOf = (values: number[], y: (v: number) => number) =>
		line<number>()
			.x((i) => x(series.t_min[i]!))
			.y((i) => y(values[i]!))(series.t_min.map((_, i) => i)) ?? '';
	return {
		naPath: pathOf(series.naInside_mM, yConc),
		kPath: pathOf(series.kInside_mM, yConc),
		vmPath: pathOf(series.vm_mV, yVm),
		restY: yVm(model.rest.vm_mV),
		uptake: {
			blood: uptakeX(model.uptakeAtBlood),
			d5w: uptakeX(model.uptakeAtD5W)
		},
		noFuel: { x0: x(FUEL_CUT_min), x1: x(FUEL_BACK_min) },
		concTicks: CONC_TICKS,
		vmTicks: VM_TICKS,
		xTicks: X_TICKS
	};
}

/**
 * Where the ATP comes from at the time shown, not only what the slider is set to: the glucose reaching the
 * axon (none between the cut and its return), its uptake, the bar's fill and the ATP glucose gives then.
 */
export interface FuelPanel {
	/** no glucose reaches the axon now: the row is drawn greyed, "no glucose → 0 ATP" */
	cut: boolean;
	glucose_mM: number;
	/** uptake now, as a share of its maximum */
	uptake: number;
	uptakeWidth: number;
	/** ATP from glucose now: the yield per glucose while fed, 0 without glucose */
	atp: number;
	/** the arrow from the glucose to its ATP, while there is glucose */
	arrow: readonly [number, number] | null;
	/** where the ATP's number is written */
	atpAt: Point;
}

/** The fuel panel for the glucose the frame says is there (PumpFrame.glucose_mM). */
export function fuelPanel(model: PumpModel, glucose_mM: number): FuelPanel {
	const cut = !(glucose_mM > 0);
	const uptake = cut ? 0 : glucoseUptakeFraction(glucose_mM);
	const row = cut ? FUEL_ROW.cut : FUEL_ROW.fed;
	return {
		cut,
		glucose_mM: cut ? 0 : glucose_mM,
		uptake,
		uptakeWidth: uptakeX(uptake) - UPTAKE_BAR.left,
		atp: cut ? 0 : model.atpPerGlucose,
		arrow: row.arrow,
		atpAt: row.atp
	};
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
	return (
		`M${innerTop} ${PUMP.top} L${outer - side * r} ${PUMP.top} Q${outer} ${PUMP.top} ${outer} ${PUMP.top + r} ` +
		`L${outer} ${PUMP.bottom - r} Q${outer} ${PUMP.bottom} ${outer - side * r} ${PUMP.bottom} L${innerBottom} ${PUMP.bottom} Z`
	);
}

/** The pump's two halves, facing one side (0: inside, 1: outside) or on their way. */
const pumpHalves = (facing: number): [string, string] => [halfPath(-1, facing), halfPath(1, facing)];
// facing one side, as the pump is for most of its cycle, its halves are the same strings at every frame
const FACING_INSIDE = pumpHalves(0);
const FACING_OUTSIDE = pumpHalves(1);

export function pumpLayout(model: PumpModel, frame: PumpFrame): PumpLayout {
	const { position } = frame;
	const p = ease(position.progress);

	// the pump's shape and phosphate come from the model's cycle (physiology/pump.ts, PUMP_STEPS)
	const { fromStep, toStep } = frame.cycle;
	const facing = mix(Number(fromStep.facing === 'outside'), Number(toStep.facing === 'outside'), p);

	const { ions, cycle } = cellAt(frame);

	const phosphateOn = mix(Number(fromStep.phosphorylated), Number(toStep.phosphorylated), p);
	const piFree = cycle.phosphateFree;

	return {
		halves: facing === 0 ? FACING_INSIDE : facing === 1 ? FACING_OUTSIDE : pumpHalves(facing),
		facing,
		ions,
		atp: { ...cycle.atp, opacity: frame.stalled ? 0 : cycle.atp.opacity },
		adp: cycle.adp,
		phosphate: { ...cycle.phosphate, opacity: Math.max(phosphateOn, piFree), free: piFree > 0.5 },
		stalled: frame.stalled,
		cursor: {
			x: x(frame.shownUntil_min),
			na: yConc(frame.now.naInside_mM),
			k: yConc(frame.now.kInside_mM),
			vm: yVm(frame.now.vm_mV)
		}
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
