import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { createRng } from '$lib/physiology';
import { CHART_MINUTES, type CushionSceneState } from './state';

/**
 * Where everything of the cushion figure goes, in viewBox units (480 × 860), for one state. The skin layers
 * are drawn to scale (12 units per mm); the joint below the break is a sketch. Pure: the same state always
 * gives the same picture (seeded particle positions), on the server and in the browser.
 */
export const CUSHION_VIEWBOX = { width: 480, height: 860 } as const;

/** viewBox units per millimetre of tissue */
export const PER_MM = 12;
/** Layer thicknesses, mm: epidermis ~0.1, dermis ~2, subcutis 10–15 (12 drawn), muscle (science.md C2 #12). */
export const LAYERS_mm = { epidermis: 0.1, dermis: 2, subcutis: 12, muscle: 6 } as const;
const SKIN_Y = 64;
export const LAYER_Y = (() => {
	const epidermis = SKIN_Y + LAYERS_mm.epidermis * PER_MM;
	const dermis = epidermis + LAYERS_mm.dermis * PER_MM;
	const subcutis = dermis + LAYERS_mm.subcutis * PER_MM;
	const muscle = subcutis + LAYERS_mm.muscle * PER_MM;
	return { skin: SKIN_Y, epidermis, dermis, subcutis, muscle };
})();
export const JOINT = { top: 336, bottom: 460, left: 196, right: 460 };
export const LEGEND_Y = 500;
export const CHART = { left: 56, right: 450, top: 580, bottom: 790 };
const RATIO_MAX = 1.25;

export type MediatorKind = 'tnf' | 'il1' | 'pg';
export interface Mediator {
	x: number;
	y: number;
	kind: MediatorKind;
}

const TISSUE = { left: 196, right: 470 };
const CUSHION_CENTRE = { x: 330, y: (LAYER_Y.dermis + LAYER_Y.subcutis) / 2 };
const KINDS: MediatorKind[] = ['tnf', 'il1', 'pg'];

// Fixed seed: the same particles on every load. Each has a threshold: inside the cushion it shows only
// while the local concentration is above it, so the density on screen follows C/C0.
const tissueSeeds = (() => {
	const rng = createRng(2025);
	const columns = 9;
	const rows = 5;
	const out: { x: number; y: number; kind: MediatorKind; threshold: number }[] = [];
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) {
			const i = r * columns + c;
			out.push({
				x:
					TISSUE.left +
					14 +
					c * ((TISSUE.right - TISSUE.left - 28) / (columns - 1)) +
					(rng.next() - 0.5) * 12,
				y:
					LAYER_Y.epidermis +
					14 +
					r * ((LAYER_Y.subcutis - LAYER_Y.epidermis - 28) / (rows - 1)) +
					(rng.next() - 0.5) * 10,
				kind: KINDS[(i + r) % 3]!,
				threshold: rng.next()
			});
		}
	}
	return out;
})();
const jointMediators: Mediator[] = [0, 1, 2, 3, 4, 5, 6].map((i) => ({
	x: JOINT.left + 40 + i * 32,
	y: (JOINT.top + JOINT.bottom) / 2 + (i % 2 === 0 ? -4 : 4),
	kind: KINDS[i % 3]!
}));

const x = scaleLinear().domain([0, CHART_MINUTES]).range([CHART.left, CHART.right]);
const y = scaleLinear().domain([0, RATIO_MAX]).range([CHART.bottom, CHART.top]).clamp(true);

export interface CushionView {
	labelled: boolean;
	cushion: { cx: number; cy: number; rx: number; ry: number } | null;
	/** the needle while the bolus goes in: its tip and how visible it is */
	needle: { x: number; tipY: number; width: number; opacity: number };
	mediators: Mediator[];
	jointMediators: Mediator[];
	ratioPath: string;
	washoutPath: string;
	washoutY: number;
	cursor: { x: number; y: number };
	baselineY: number;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: number }[];
}

export function cushionView(state: CushionSceneState): CushionView {
	// The cushion's size grows with the cube root of its volume (it swells in three dimensions), capped so
	// it stays inside the subcutis and the figure; it shrinks as the saline is absorbed.
	const volume = state.bolusLeft_mL;
	const grow = Math.cbrt(Math.max(0, volume) / 5);
	const cushion =
		volume > 0.05
			? {
					cx: CUSHION_CENTRE.x,
					cy: CUSHION_CENTRE.y,
					rx: Math.min(138, 40 * grow),
					ry: Math.min((LAYER_Y.subcutis - LAYER_Y.dermis) / 2 - 6, 22 * grow)
				}
			: null;

	const inside = (m: { x: number; y: number }) =>
		cushion !== null && ((m.x - cushion.cx) / cushion.rx) ** 2 + ((m.y - cushion.cy) / cushion.ry) ** 2 < 1;
	// the cushion's name sits in its middle when it is wide enough: no particle on top of it
	const labelled = cushion !== null && cushion.rx > 60;
	const underLabel = (m: { x: number; y: number }) =>
		labelled && Math.abs(m.x - CUSHION_CENTRE.x) < 46 && Math.abs(m.y - CUSHION_CENTRE.y) < 18;
	const mediators = tissueSeeds
		.filter((seed) => (!inside(seed) || seed.threshold < state.ratio) && !underLabel(seed))
		.map(({ x: mx, y: my, kind }) => ({ x: mx, y: my, kind }));

	// The line on the chart: before the injection it sits at 1; the injection drops it at t = 0.
	const points: [number, number][] = [[0, 1]];
	if (state.injected > 0) {
		if (state.injected < 1 || state.t_min === 0) points.push([0, state.ratio]);
		else
			state.series.t_min.forEach((t, i) => {
				if (t <= state.t_min + 1e-9) points.push([t, state.series.ratio[i]!]);
			});
	}
	const path = line<[number, number]>()
		.x((d) => x(d[0]))
		.y((d) => y(d[1]));

	const needleShown =
		state.position <= 1 ? (state.position > 0 ? 1 : 0) : Math.max(0, 1 - (state.position - 1) * 2);

	return {
		labelled,
		cushion,
		needle: {
			x: CUSHION_CENTRE.x,
			tipY: CUSHION_CENTRE.y,
			// a 26 G needle, 0.45 mm across, to scale
			width: 0.45 * PER_MM,
			opacity: needleShown
		},
		mediators,
		jointMediators,
		ratioPath: path(points) ?? '',
		washoutPath:
			path([
				[0, state.minimumRatio],
				[CHART_MINUTES, state.minimumRatio]
			]) ?? '',
		washoutY: y(state.minimumRatio),
		cursor: { x: x(state.injected < 1 ? 0 : state.t_min), y: y(state.ratio) },
		baselineY: y(1),
		xTicks: [0, 60, 120, 180, 240].map((t) => ({ x: x(t), label: String(t) })),
		yTicks: [0, 0.5, 1].map((v) => ({ y: y(v), label: v }))
	};
}
