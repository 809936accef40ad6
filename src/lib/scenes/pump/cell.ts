import type { IonKind } from '$lib/figure/ions';
import { clamp } from '$lib/math/clamp';
import { ease } from '$lib/math/ease';
import { mixPoint, points, type Point } from '$lib/math/mix';
import { MAMMALIAN } from '$lib/physiology';
import type { Position } from '$lib/player/steps';
import { steps, type PumpFrame, type PumpStepId } from './model';

/*
 * The cell around the pump, for one frame (viewBox units, see view.ts): the crowd of ions outside and
 * inside, and the ions and molecules of the one cycle the figure follows, each where its step puts it.
 */

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

// The crowd's ions are made once: a frame hands the figure the very objects of the frame before for every
// ion that has not moved, and the figure then leaves them alone (a keyed each-block compares its items by
// identity). Only the cycle's ions are made anew.
const ion = (spot: Point, kind: IonKind): PlacedIon => Object.freeze({ ...spot, kind, opacity: 1 });
const CROWD_OUTSIDE = [...OUTSIDE_NA.map((spot) => ion(spot, 'na')), ion(OUTSIDE_K, 'k')];
const CROWD_INSIDE = {
	na: INSIDE_SLOTS.map((spot) => ion(spot, 'na')),
	k: INSIDE_SLOTS.map((spot) => ion(spot, 'k'))
} satisfies Partial<Record<IonKind, PlacedIon[]>>;

/** A group of this cycle's ions, placed, if it shows at all. */
function groupIons(group: { spots: Point[]; opacity: number }, kind: IonKind): PlacedIon[] {
	if (group.opacity <= 0.01) return [];
	return group.spots.map((spot) => ({ ...spot, kind, opacity: group.opacity }));
}

/** Every ion drawn, and the molecules of this frame's cycle (its ATP, ADP and phosphate). */
export function cellAt(frame: PumpFrame): { ions: PlacedIon[]; cycle: ReturnType<typeof cycleAt> } {
	// the crowd
	const ions: PlacedIon[] = [...CROWD_OUTSIDE];
	const naIn = insideCount(frame.now.naInside_mM, MAMMALIAN.Na.inside_mM);
	const kIn = insideCount(frame.now.kInside_mM, MAMMALIAN.K.outside_mM);
	// alternate K⁺ and Na⁺ through the slots until each count is used
	const order: ('k' | 'na')[] = [];
	for (let i = 0; i < Math.max(naIn, kIn); i++) {
		if (i < kIn) order.push('k');
		if (i < naIn) order.push('na');
	}
	order.slice(0, INSIDE_SLOTS.length).forEach((kind, i) => ions.push(CROWD_INSIDE[kind][i]!));

	// the ions of this cycle
	const cycle = cycleAt(frame.position);
	ions.push(...groupIons(cycle.oldNa, 'na'), ...groupIons(cycle.newNa, 'na'), ...groupIons(cycle.k, 'k'));
	return { ions, cycle };
}
