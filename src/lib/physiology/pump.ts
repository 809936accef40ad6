// The Na⁺/K⁺-ATPase: its cycle as a typed state machine (Post–Albers scheme), its turnover as a function
// of ATP and internal Na⁺, and where its ATP comes from (glucose uptake, glycolysis, oxidation).
// The pump–leak simulation that uses these lives in pump-leak.ts.
import { inRange, positive } from './check';

/** The six steps of one cycle, in order (science.md A2: 3 Na⁺ out, 2 K⁺ in, 1 ATP per cycle). */
export const PUMP_CYCLE = [
	'na-bind-inside', // 3 Na⁺ bind from the cytoplasm (E1, open inside)
	'atp-binds-adp-leaves', // ATP phosphorylates the pump, ADP leaves (E1-P, Na⁺ occluded)
	'na-released-outside', // the pump turns outward (E2-P) and releases 3 Na⁺ outside
	'k-bind-outside', // 2 K⁺ bind from the outside
	'pi-leaves', // dephosphorylation: Pi leaves (E2, K⁺ occluded)
	'k-released-inside' // the pump turns inward (E1) and releases 2 K⁺ inside
] as const;

export type PumpState = (typeof PUMP_CYCLE)[number];

export type PumpStep = {
	/** Which side the ion sites face while in this state. */
	facing: 'inside' | 'outside';
	naBound: 0 | 3;
	kBound: 0 | 2;
	phosphorylated: boolean;
	/** What crosses or is used on entering this state (counted once per cycle). */
	naMovedOut: number;
	kMovedIn: number;
	atpUsed: number;
};

/** The pump's configuration in each state and what each step moves. */
export const PUMP_STEPS: Readonly<Record<PumpState, Readonly<PumpStep>>> = Object.freeze({
	'na-bind-inside': {
		facing: 'inside',
		naBound: 3,
		kBound: 0,
		phosphorylated: false,
		naMovedOut: 0,
		kMovedIn: 0,
		atpUsed: 0
	},
	'atp-binds-adp-leaves': {
		facing: 'inside',
		naBound: 3,
		kBound: 0,
		phosphorylated: true,
		naMovedOut: 0,
		kMovedIn: 0,
		atpUsed: 1
	},
	'na-released-outside': {
		facing: 'outside',
		naBound: 0,
		kBound: 0,
		phosphorylated: true,
		naMovedOut: 3,
		kMovedIn: 0,
		atpUsed: 0
	},
	'k-bind-outside': {
		facing: 'outside',
		naBound: 0,
		kBound: 2,
		phosphorylated: true,
		naMovedOut: 0,
		kMovedIn: 0,
		atpUsed: 0
	},
	'pi-leaves': {
		facing: 'outside',
		naBound: 0,
		kBound: 2,
		phosphorylated: false,
		naMovedOut: 0,
		kMovedIn: 0,
		atpUsed: 0
	},
	'k-released-inside': {
		facing: 'inside',
		naBound: 0,
		kBound: 0,
		phosphorylated: false,
		naMovedOut: 0,
		kMovedIn: 2,
		atpUsed: 0
	}
});

/** The state after `state` (the cycle wraps round). Throws RangeError for an unknown state. */
export function next(state: PumpState): PumpState {
	const i = PUMP_CYCLE.indexOf(state);
	if (i < 0)
		throw new RangeError(
			`next: unknown pump state ${String(state)}; expected one of ${PUMP_CYCLE.join(', ')}`
		);
	return PUMP_CYCLE[(i + 1) % PUMP_CYCLE.length]!;
}

/** True when leaving `state` needs ATP: without ATP the pump waits here, 3 Na⁺ bound. */
export function needsAtp(state: PumpState): boolean {
	return next(state) === 'atp-binds-adp-leaves';
}

/** Maximal turnover, cycles·s⁻¹ per pump: ~10² at 37 °C (Hille 2001, textbook; Alberts; via science.md A2). */
export const MAX_TURNOVER_per_s = 100;
/** Half-saturating ATP, mM. Model choice (order of textbook values, not in science.md); cells hold a few mM. */
export const ATP_HALF_SATURATION_mM = 0.5;
/** Internal Na⁺ at half activation (Hill coefficient 3: three sites), mM. Model choice in the textbook
 * 10–20 mM range (not in science.md). It lets the pump speed up when Na⁺ accumulates. */
export const NA_HALF_ACTIVATION_mM = 15;

/** Activation by internal Na⁺, 0–1: Na³/(Na³ + K³), K = 15 mM. Throws RangeError outside (0, 1000] mM. */
export function sodiumActivation(naInside_mM: number): number {
	positive('sodiumActivation', 'naInside_mM', naInside_mM, 1000, 'mM');
	const x = (naInside_mM / NA_HALF_ACTIVATION_mM) ** 3;
	return x / (1 + x);
}

/**
 * Cycles per second of one pump: 100·ATP/(ATP + 0.5 mM)·Na-activation. About 29 s⁻¹ at 3 mM ATP and
 * 12 mM Na⁺ inside; 0 without ATP. Throws RangeError for ATP outside 0–20 mM or Na⁺ outside (0, 1000] mM.
 */
export function pumpTurnover_per_s(atp_mM: number, naInside_mM = 12): number {
	inRange('pumpTurnover_per_s', 'atp_mM', atp_mM, 0, 20, 'mM');
	return ((MAX_TURNOVER_per_s * atp_mM) / (atp_mM + ATP_HALF_SATURATION_mM)) * sodiumActivation(naInside_mM);
}

/** ATP per glucose: 2 net from glycolysis alone, ~30 with full oxidation (Berg *Biochemistry*
 * Table 18.4 / Hinkle 1991, 30–32 depending on the shuttle; science.md A2). */
export const ATP_PER_GLUCOSE = Object.freeze({ glycolysis: 2, oxidative: 30 });

/** 30 with oxygen, 2 without (glycolysis only). */
export function atpPerGlucose(oxygen: boolean): number {
	if (typeof oxygen !== 'boolean')
		throw new RangeError(`atpPerGlucose: oxygen must be true or false, got ${String(oxygen)}`);
	return oxygen ? ATP_PER_GLUCOSE.oxidative : ATP_PER_GLUCOSE.glycolysis;
}

/** Neuronal glucose transporter (GLUT3) Km: 1–3 mM (science.md A2); 1.5 mM by default, inside that range. */
export const GLUCOSE_KM_mM = 1.5;
export const GLUCOSE_KM_RANGE_mM = Object.freeze([1, 3] as const);

/** Accepted glucose, mM: none to 1 M (5 % dextrose is ≈ 278 mM); the pump models refuse anything else. */
export const PUMP_LIMITS = Object.freeze({ glucose_mM: [0, 1000] } as const);

/**
 * Glucose uptake as a fraction of its maximum, G/(G + Km). With the default Km: 0.77 at 5 mM (normal blood
 * glucose), 0.99 at 278 mM (5 % dextrose): a 55-fold rise in glucose buys less than 30 % more uptake
 * capacity. Throws RangeError for glucose outside 0–1000 mM or Km outside 1–3 mM.
 */
export function glucoseUptakeFraction(glucose_mM: number, km_mM = GLUCOSE_KM_mM): number {
	inRange('glucoseUptakeFraction', 'glucose_mM', glucose_mM, ...PUMP_LIMITS.glucose_mM, 'mM');
	inRange('glucoseUptakeFraction', 'km_mM', km_mM, ...GLUCOSE_KM_RANGE_mM, 'mM');
	return glucose_mM / (glucose_mM + km_mM);
}

/**
 * The pump's direct electrogenic share of the membrane potential, mV. science.md A2 gives "a few mV (≈ −3 to
 * −5 mV)", textbook, not verified there; this is the middle of that range, a **model choice** (model.md). It
 * is a fixed offset, not computed from the concentrations: GHK ignores the pump's current. The pump–leak
 * model (pump-leak.ts) gives ≈ 9 mV, larger than usual because its pump balances all the leak.
 */
export const PUMP_ELECTROGENIC_SHARE_mV = -4;
