import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { CHART_MINUTES, FUEL_BACK_min, FUEL_CUT_min, type PumpSceneState } from './state';

/**
 * Where everything of the pump figure goes, in viewBox units (480 × 900), for one state. Pure: the same
 * state always gives the same picture, on the server and in the browser.
 */
export const PUMP_VIEWBOX = { width: 480, height: 900 } as const;

export const MEMBRANE = { top: 130, bottom: 180 };
export const PUMP = { left: 158, right: 322, top: 100, bottom: 210, cx: 240, labelY: 240 };
export const UPTAKE_BAR = { left: 14, right: 466, y: 448, height: 18 };
export const CONC_CHART = { left: 56, right: 450, top: 556, bottom: 674 };
export const VM_CHART = { left: 56, right: 450, top: 730, bottom: 846 };

type Point = { x: number; y: number };
export interface PlacedIon extends Point {
	kind: 'na' | 'k';
	opacity: number;
}

// The ions of one cycle: where they sit at each scene step (0–7). Step 4 → 5 starts a new cycle: the Na⁺
// just released join the crowd outside and three new ones bind from the inside.
const BOUND_NA: Point[] = [
	{ x: 218, y: 138 },
	{ x: 262, y: 138 },
	{ x: 240, y: 178 }
];
const RELEASED_NA: Point[] = [
	{ x: 196, y: 58 },
	{ x: 240, y: 40 },
	{ x: 284, y: 58 }
];
const WAITING_NA: Point[] = [
	{ x: 190, y: 262 },
	{ x: 240, y: 282 },
	{ x: 290, y: 262 }
];
const BOUND_K: Point[] = [
	{ x: 220, y: 156 },
	{ x: 260, y: 156 }
];
const WAITING_K: Point[] = [
	{ x: 360, y: 48 },
	{ x: 420, y: 92 }
];
const ENTERED_K: Point[] = [
	{ x: 204, y: 270 },
	{ x: 276, y: 270 }
];

const OLD_NA_AT: Point[][] = [
	BOUND_NA,
	BOUND_NA,
	RELEASED_NA,
	RELEASED_NA,
	RELEASED_NA,
	RELEASED_NA,
	RELEASED_NA,
	RELEASED_NA
];
const OLD_NA_SHOWN = [1, 1, 1, 1, 1, 0, 0, 0];
const NEW_NA_AT: Point[][] = [
	WAITING_NA,
	WAITING_NA,
	WAITING_NA,
	WAITING_NA,
	WAITING_NA,
	BOUND_NA,
	BOUND_NA,
	BOUND_NA
];
const NEW_NA_SHOWN = [0, 0, 0, 0, 0, 1, 1, 1];
const K_AT: Point[][] = [
	WAITING_K,
	WAITING_K,
	WAITING_K,
	BOUND_K,
	ENTERED_K,
	ENTERED_K,
	ENTERED_K,
	ENTERED_K
];
const K_SHOWN = [1, 1, 1, 1, 1, 0, 0, 0];
/** ATP waits by the pump, the ADP and Pi that the cycle gives off */
const ATP_SHOWN = [1, 0, 0, 0, 0, 1, 1, 1];
const ADP_SHOWN = [0, 1, 1, 0, 0, 0, 0, 0];
const PI_SHOWN = [0, 0, 0, 0, 1, 0, 0, 0];

// The crowd: outside, many Na⁺ and one K⁺ (145 and 5 mM, fixed); inside, counts follow the model's
// concentrations (1 to 6 of each), so the inside fills with Na⁺ as the gradients run down.
const OUTSIDE_NA: Point[] = [
	{ x: 36, y: 100 },
	{ x: 92, y: 64 },
	{ x: 132, y: 104 },
	{ x: 354, y: 104 },
	{ x: 440, y: 40 },
	{ x: 446, y: 104 }
];
const OUTSIDE_K: Point = { x: 150, y: 50 };
const INSIDE_SLOTS: Point[] = [
	{ x: 36, y: 236 },
	{ x: 444, y: 236 },
	{ x: 90, y: 276 },
	{ x: 390, y: 276 },
	{ x: 36, y: 316 },
	{ x: 444, y: 316 },
	{ x: 112, y: 230 },
	{ x: 368, y: 230 },
	{ x: 140, y: 316 },
	{ x: 90, y: 336 }
];

const ATP_SPOT: Point = { x: 330, y: 292 };
const ADP_SPOT: Point = { x: 246, y: 318 };
const PHOSPHATE_SPOT: Point = { x: 304, y: 196 };

const ease = (p: number) => (p <= 0 ? 0 : p >= 1 ? 1 : p * p * (3 - 2 * p));
const mix = (a: number, b: number, p: number) => a + (b - a) * p;
const mixPoint = (a: Point, b: Point, p: number): Point => ({ x: mix(a.x, b.x, p), y: mix(a.y, b.y, p) });

/** One count of ions per 27 mM above the outside value: 1 at rest, 6 when inside equals outside. */
function insideCount(value_mM: number, floor_mM: number): number {
	return Math.min(6, Math.max(1, 1 + Math.round((5 * (value_mM - floor_mM)) / 135)));
}

const x = scaleLinear().domain([0, CHART_MINUTES]).range([CONC_CHART.left, CONC_CHART.right]);
const yConc = scaleLinear().domain([0, 160]).range([CONC_CHART.bottom, CONC_CHART.top]).clamp(true);
const yVm = scaleLinear().domain([-95, 5]).range([VM_CHART.bottom, VM_CHART.top]).clamp(true);
const uptakeX = scaleLinear().domain([0, 1]).range([UPTAKE_BAR.left, UPTAKE_BAR.right]);

export interface PumpView {
	/** the pump's two halves as paths, its cavity opening toward the side it faces */
	halves: [string, string];
	facing: number;
	ions: PlacedIon[];
	atp: Point & { opacity: number };
	adp: Point & { opacity: number };
	phosphate: Point & { opacity: number; free: boolean };
	stalled: boolean;
	uptake: { width: number; blood: number; d5w: number };
	noFuel: { x0: number; x1: number };
	naPath: string;
	kPath: string;
	vmPath: string;
	cursor: { x: number; na: number; k: number; vm: number };
	restY: number;
	yConc: (v: number) => number;
	yVm: (v: number) => number;
	xTicks: { x: number; label: string }[];
}

/** A value along the steps' table at position (from, to, progress). */
function along(table: readonly number[], from: number, to: number, p: number): number {
	return mix(table[from]!, table[to]!, p);
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

export function pumpView(state: PumpSceneState): PumpView {
	const from = Math.floor(state.position);
	const to = Math.min(7, from + (state.position > from ? 1 : 0));
	const p = ease(state.position - from);

	// the pump's shape and phosphate come from the model's cycle (physiology/pump.ts, PUMP_STEPS)
	const { fromStep, toStep } = state.cycle;
	const facing = mix(fromStep.facing === 'outside' ? 1 : 0, toStep.facing === 'outside' ? 1 : 0, p);
	const ions: PlacedIon[] = [];

	// the crowd
	const naIn = insideCount(state.now.naInside_mM, 12);
	const kIn = insideCount(state.now.kInside_mM, 5);
	for (const spot of OUTSIDE_NA) ions.push({ ...spot, kind: 'na', opacity: 1 });
	ions.push({ ...OUTSIDE_K, kind: 'k', opacity: 1 });
	// alternate K⁺ and Na⁺ through the slots until each count is used
	const order: ('na' | 'k')[] = [];
	for (let i = 0; i < Math.max(naIn, kIn); i++) {
		if (i < kIn) order.push('k');
		if (i < naIn) order.push('na');
	}
	order
		.slice(0, INSIDE_SLOTS.length)
		.forEach((kind, i) => ions.push({ ...INSIDE_SLOTS[i]!, kind, opacity: 1 }));

	// the ions of this cycle
	for (let i = 0; i < 3; i++) {
		const old = along(OLD_NA_SHOWN, from, to, p);
		if (old > 0.01)
			ions.push({
				...mixPoint(OLD_NA_AT[from]![i]!, OLD_NA_AT[to]![i]!, p),
				kind: 'na',
				opacity: old
			});
		const fresh = along(NEW_NA_SHOWN, from, to, p);
		if (fresh > 0.01)
			ions.push({ ...mixPoint(NEW_NA_AT[from]![i]!, NEW_NA_AT[to]![i]!, p), kind: 'na', opacity: fresh });
	}
	for (let i = 0; i < 2; i++) {
		const shown = along(K_SHOWN, from, to, p);
		if (shown > 0.01)
			ions.push({ ...mixPoint(K_AT[from]![i]!, K_AT[to]![i]!, p), kind: 'k', opacity: shown });
	}

	const stalled = from >= 5 && state.now.pumpRate < 0.05;
	const atpShown = along(ATP_SHOWN, from, to, p) * (stalled ? 0 : 1);
	// ATP walks up to the pump as it gives its phosphate (0 → 1)
	const atp = from === 0 && to === 1 ? mixPoint(ATP_SPOT, PHOSPHATE_SPOT, p) : ATP_SPOT;
	const phosphateOn = mix(Number(fromStep.phosphorylated), Number(toStep.phosphorylated), p);
	const piFree = from === 3 && to === 4 ? p : from === 4 && to === 4 ? 1 : 0;

	const samples: number[] = [];
	state.series.t_min.forEach((t, i) => {
		if (t <= state.shownUntil_min + 1e-9) samples.push(i);
	});
	const pathOf = (values: number[], y: (v: number) => number) =>
		line<number>()
			.x((i) => x(state.series.t_min[i]!))
			.y((i) => y(values[i]!))(samples) ?? '';

	return {
		halves: [halfPath(-1, facing), halfPath(1, facing)],
		facing,
		ions,
		atp: { ...atp, opacity: atpShown },
		adp: { ...ADP_SPOT, opacity: along(ADP_SHOWN, from, to, p) },
		phosphate: {
			...(piFree > 0 ? mixPoint(PHOSPHATE_SPOT, ADP_SPOT, piFree) : PHOSPHATE_SPOT),
			opacity: Math.max(phosphateOn, along(PI_SHOWN, from, to, p)),
			free: piFree > 0.5
		},
		stalled,
		uptake: {
			width: uptakeX(state.uptake) - UPTAKE_BAR.left,
			blood: uptakeX(state.uptakeAtBlood),
			d5w: uptakeX(state.uptakeAtD5W)
		},
		noFuel: { x0: x(FUEL_CUT_min), x1: x(FUEL_BACK_min) },
		naPath: pathOf(state.series.naInside_mM, yConc),
		kPath: pathOf(state.series.kInside_mM, yConc),
		vmPath: pathOf(state.series.vm_mV, yVm),
		cursor: {
			x: x(state.shownUntil_min),
			na: yConc(state.now.naInside_mM),
			k: yConc(state.now.kInside_mM),
			vm: yVm(state.now.vm_mV)
		},
		restY: yVm(state.rest.vm_mV),
		yConc: (v) => yConc(v),
		yVm: (v) => yVm(v),
		xTicks: x.ticks(4).map((t) => ({ x: x(t), label: String(t) }))
	};
}
