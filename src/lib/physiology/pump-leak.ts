// Pump–leak model of a small unmyelinated axon over minutes (the structure of Keener & Sneyd's
// pump–leak model, reduced to Na⁺ and K⁺): passive leaks run the gradients down, the Na⁺/K⁺-ATPase
// (3 Na⁺ out, 2 K⁺ in, 1 ATP per cycle) builds them back, fed by glucose and a small energy reserve.
// It holds with fuel, runs down over tens of minutes without, and recovers when fuel returns (science.md A2).
import { inRange, integerIn, positive } from './check';
import { MAMMALIAN, MAMMALIAN_PERMEABILITY } from './constants';
import { ghk, nernst } from './membrane';
import { createStepper } from './ode';
import {
	atpPerGlucose,
	ATP_PER_GLUCOSE,
	GLUCOSE_KM_mM,
	glucoseUptakeFraction,
	NA_HALF_ACTIVATION_mM,
	PUMP_LIMITS,
	sodiumActivation
} from './pump';

/** From `start_min` until the next phase: the glucose bathing the axon and whether O₂ is there. */
export type FuelPhase = { start_min: number; glucose_mM: number; oxygen: boolean };

/** Normal fuel: 5 mM blood glucose (science.md A2) with oxygen. */
export const NORMAL_FUEL: readonly FuelPhase[] = Object.freeze([
	{ start_min: 0, glucose_mM: 5, oxygen: true }
]);
/** The pump scene's story: fuel for 10 min, none from 10 to 70 min, fuel again from 70 min. */
export const FUEL_WITHDRAWN_AND_RESTORED: readonly FuelPhase[] = Object.freeze([
	{ start_min: 0, glucose_mM: 5, oxygen: true },
	{ start_min: 10, glucose_mM: 0, oxygen: true },
	{ start_min: 70, glucose_mM: 5, oxygen: true }
]);

/** The model's fixed parameters. Fitted ones say so: they are tuned to one observation, not measured. */
export const PUMP_LEAK_PARAMETERS = Object.freeze({
	/** Pump cycles at rest, mM·min⁻¹ of cell water (12 mM Na⁺ out per min). FITTED so that, after glucose is
	 * removed, the spike drive halves at ≈ 47 min (rabbit vagus CAP: −50 % at 47 ± 7 min, science.md A2).
	 * Order-of-magnitude check (ours, not science.md's): a 1 µm axon with ~10³ pumps·µm⁻² at ~10 % of their
	 * ~10² s⁻¹ maximum moves ~10 mM Na⁺ per minute. */
	restPumpRate_mM_per_min: 4,
	/** Energy reserve (glycogen and the like), in minutes of resting pump demand at 30 ATP per glucose.
	 * FITTED with the rate above (≈ 5 mM glucose equivalents; not checked against measured nerve glycogen). */
	reserve_min: 38,
	/** Glucose uptake capacity at 5 mM with O₂, as a multiple of resting demand. Model choice (spare
	 * capacity to refill the reserve and pump the gradients back). */
	uptakeCapacityAt5mM: 2,
	/** Fastest reserve use, as a multiple of resting demand in glucose per min at 30 ATP/glucose:
	 * lets glycolysis speed up in anoxia (Pasteur effect). Model choice. */
	reserveMobilisation: 6,
	/** Reserve at which its use is half-maximal, as a share of the full reserve. Model choice. */
	reserveHalfUse: 0.05
});

const NA_OUT_mM = MAMMALIAN.Na.outside_mM;
const K_OUT_mM = MAMMALIAN.K.outside_mM;
const NA_REST_mM = MAMMALIAN.Na.inside_mM;
const K_REST_mM = MAMMALIAN.K.inside_mM;
/** The pump–leak model starts at the GHK resting potential of the other models (−67.2 mV). */
const VM_REST_mV = ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN);
const E_NA_REST_mV = nernst(1, NA_OUT_mM, NA_REST_mM);
const E_K_REST_mV = nernst(1, K_OUT_mM, K_REST_mM);
const J_REST = PUMP_LEAK_PARAMETERS.restPumpRate_mM_per_min;
// Leak conductances (mM·min⁻¹·mV⁻¹) chosen so that, at the textbook concentrations and Vm, the leaks
// exactly balance a resting pump: 3 Na⁺ in and 2 K⁺ out per cycle.
const G_NA = (3 * J_REST) / (E_NA_REST_mV - VM_REST_mV);
const G_K = (2 * J_REST) / (VM_REST_mV - E_K_REST_mV);
/**
 * The pump's own share of Vm in this model at rest, mV (≈ −9): its current over the leak conductances. Larger
 * than the 3–5 mV usually quoted (science.md A2), because here the pump alone balances every leak; the membrane
 * lab adds a fixed PUMP_ELECTROGENIC_SHARE_mV (−4 mV) instead.
 */
export const PUMP_LEAK_ELECTROGENIC_SHARE_mV = -J_REST / (G_NA + G_K);
const RESERVE_FULL_mM = (PUMP_LEAK_PARAMETERS.reserve_min * J_REST) / ATP_PER_GLUCOSE.oxidative;
const RESERVE_HALF_mM = PUMP_LEAK_PARAMETERS.reserveHalfUse * RESERVE_FULL_mM;
const RESERVE_MAX_USE = (PUMP_LEAK_PARAMETERS.reserveMobilisation * J_REST) / ATP_PER_GLUCOSE.oxidative;
const NA_ACTIVATION_REST = sodiumActivation(NA_REST_mM);

export type PumpLeakOptions = {
	/** Fuel phases, the first starting at 0, starts strictly increasing; default NORMAL_FUEL. */
	schedule?: readonly FuelPhase[];
	/** 1–1440 min; default 120. */
	duration_min?: number;
	/** Sample spacing, min; default 0.5 (a chart point every 30 s). */
	sampleEvery_min?: number;
	/** Integration steps per sample, 1–100; default 5 (steps of 0.1 min). */
	substeps?: number;
	/** GLUT Km, 1–3 mM; default 1.5. */
	km_mM?: number;
};

export type PumpLeakSeries = {
	t_min: number[];
	naInside_mM: number[];
	kInside_mM: number[];
	vm_mV: number[];
	eNa_mV: number[];
	eK_mV: number[];
	/** Pump cycles relative to the resting rate (1 at rest; up to ~3 when Na⁺ has piled up and fuel is back). */
	pumpRate: number[];
	/** Energy reserve left, 0–1. */
	reserve: number[];
	/** (E_Na − Vm) relative to rest: the Na⁺ driving force an action potential draws on, 0–1. A proxy for
	 * excitability, not a compound action potential. */
	spikeDrive: number[];
	glucose_mM: number[];
	oxygen: boolean[];
	/** Cumulative amounts over the run, mM of cell water: the pump moves exactly 3 Na⁺ and 2 K⁺ per ATP. */
	totals: {
		atpUsed_mM: number;
		naPumped_mM: number;
		kPumped_mM: number;
		naLeakedIn_mM: number;
		kLeakedOut_mM: number;
	};
};

/** State vector: Na_i, K_i, reserve, then running totals (ATP used, Na⁺ leaked in, K⁺ leaked out). */
type Rates = {
	vm_mV: number;
	eNa_mV: number;
	eK_mV: number;
	pump: number;
	reserveRate: number;
	naLeak: number;
	kLeak: number;
};
/** What a fuel phase supplies, worked out once per phase rather than at every step. */
type Supply = { phase: FuelPhase; atpPerGlucose: number; uptake_mM_per_min: number };

/** RT/F at 37 °C, mV, from the Nernst function itself (the inner loop skips its input checks). */
const RT_F_mV = nernst(1, Math.E, 1);
const UPTAKE_MAX_mM_per_min =
	(PUMP_LEAK_PARAMETERS.uptakeCapacityAt5mM * J_REST) / ATP_PER_GLUCOSE.oxidative / glucoseUptakeFraction(5);

function supplyOf(phase: FuelPhase, km_mM: number): Supply {
	return {
		phase,
		atpPerGlucose: atpPerGlucose(phase.oxygen),
		uptake_mM_per_min: UPTAKE_MAX_mM_per_min * glucoseUptakeFraction(phase.glucose_mM, km_mM)
	};
}

function rates(y: Float64Array, supply: Supply): Rates {
	const na = y[0]!;
	const k = y[1]!;
	const reserve = Math.max(0, y[2]!);
	const eNa_mV = RT_F_mV * Math.log(NA_OUT_mM / na);
	const eK_mV = RT_F_mV * Math.log(K_OUT_mM / k);
	const { atpPerGlucose: atpPerGlc, uptake_mM_per_min: uptake } = supply;
	const fromReserveMax = (RESERVE_MAX_USE * reserve) / (reserve + RESERVE_HALF_mM);
	// The pump runs as fast as internal Na⁺ asks, unless ATP supply (glucose taken up plus reserve,
	// times the ATP yield) is short: then it runs at what the supply allows.
	const naCubed = (na / NA_HALF_ACTIVATION_mM) ** 3;
	const demand = (J_REST * naCubed) / (1 + naCubed) / NA_ACTIVATION_REST;
	const pump = Math.max(0, Math.min(demand, atpPerGlc * (uptake + fromReserveMax)));
	const glucoseNeeded = pump / atpPerGlc;
	const fromBlood = Math.min(uptake, glucoseNeeded);
	// Spare uptake refills the reserve; a shortfall is drawn from it.
	const reserveRate = (uptake - fromBlood) * (1 - reserve / RESERVE_FULL_mM) - (glucoseNeeded - fromBlood);
	// Zero net current: g_Na(Vm − E_Na) + g_K(Vm − E_K) + I_pump = 0, the pump carrying one net charge out.
	const vm_mV = (G_NA * eNa_mV + G_K * eK_mV - pump) / (G_NA + G_K);
	return {
		vm_mV,
		eNa_mV,
		eK_mV,
		pump,
		reserveRate,
		naLeak: G_NA * (eNa_mV - vm_mV),
		kLeak: G_K * (vm_mV - eK_mV)
	};
}

function checkSchedule(where: string, schedule: readonly FuelPhase[], km_mM: number): void {
	if (!Array.isArray(schedule) || schedule.length < 1 || schedule.length > 100) {
		throw new RangeError(`${where}: schedule must list 1 to 100 fuel phases`);
	}
	schedule.forEach((phase, i) => {
		if (i === 0 && phase.start_min !== 0)
			throw new RangeError(`${where}: the first fuel phase must start at 0 min`);
		if (i > 0 && !(phase.start_min > schedule[i - 1]!.start_min)) {
			throw new RangeError(`${where}: fuel phase ${i} must start after phase ${i - 1}`);
		}
		inRange(where, `schedule[${i}].start_min`, phase.start_min, 0, 1440, 'min');
		inRange(where, `schedule[${i}].glucose_mM`, phase.glucose_mM, ...PUMP_LIMITS.glucose_mM, 'mM');
		if (typeof phase.oxygen !== 'boolean')
			throw new RangeError(`${where}: schedule[${i}].oxygen must be true or false`);
	});
	inRange(where, 'km_mM', km_mM, 1, 3, 'mM');
}

/**
 * [Na⁺]i, [K⁺]i, Vm, pump rate, reserve and spike drive over time under a fuel schedule, starting from the
 * textbook resting state (12/140 mM, −67.2 mV, full reserve). Samples at 0, sampleEvery_min, … duration_min.
 * Steps of 0.1 min by default; each step uses the fuel phase in force at its middle.
 * Throws RangeError for a bad schedule, duration, sample step, sub-step count or Km.
 */
export function simulatePumpLeak(options: PumpLeakOptions = {}): PumpLeakSeries {
	const where = 'simulatePumpLeak';
	const schedule = options.schedule ?? NORMAL_FUEL;
	const km_mM = options.km_mM ?? GLUCOSE_KM_mM;
	checkSchedule(where, schedule, km_mM);
	const duration = inRange(where, 'duration_min', options.duration_min ?? 120, 1, 1440, 'min');
	const every = positive(where, 'sampleEvery_min', options.sampleEvery_min ?? 0.5, duration, 'min');
	const substeps = integerIn(where, 'substeps', options.substeps ?? 5, 1, 100);
	const samples = Math.round(duration / every);
	if (Math.abs(samples * every - duration) > 1e-9 * duration) {
		throw new RangeError(
			`${where}: duration_min (${duration}) must be a whole number of sampleEvery_min (${every})`
		);
	}
	if (samples * substeps > 500_000)
		throw new RangeError(`${where}: too many steps; use a coarser sampleEvery_min`);
	const supplies = schedule.map((p) => supplyOf(p, km_mM));
	const supplyAt = (t: number): Supply => {
		let supply = supplies[0]!;
		for (const s of supplies) if (s.phase.start_min <= t) supply = s;
		return supply;
	};
	let supply = supplies[0]!;
	const y = Float64Array.from([NA_REST_mM, K_REST_mM, RESERVE_FULL_mM, 0, 0, 0]);
	const step = createStepper((_t, s, dsdt) => {
		const r = rates(s, supply);
		dsdt[0] = r.naLeak - 3 * r.pump;
		dsdt[1] = 2 * r.pump - r.kLeak;
		dsdt[2] = r.reserveRate;
		dsdt[3] = r.pump;
		dsdt[4] = r.naLeak;
		dsdt[5] = r.kLeak;
	}, y.length);
	const out: Omit<PumpLeakSeries, 'totals'> = {
		t_min: [],
		naInside_mM: [],
		kInside_mM: [],
		vm_mV: [],
		eNa_mV: [],
		eK_mV: [],
		pumpRate: [],
		reserve: [],
		spikeDrive: [],
		glucose_mM: [],
		oxygen: []
	};
	const record = (t: number) => {
		const now = supplyAt(t);
		const r = rates(y, now);
		out.t_min.push(t);
		out.naInside_mM.push(y[0]!);
		out.kInside_mM.push(y[1]!);
		out.vm_mV.push(r.vm_mV);
		out.eNa_mV.push(r.eNa_mV);
		out.eK_mV.push(r.eK_mV);
		out.pumpRate.push(r.pump / J_REST);
		out.reserve.push(Math.min(1, Math.max(0, y[2]! / RESERVE_FULL_mM)));
		out.spikeDrive.push(Math.max(0, (r.eNa_mV - r.vm_mV) / (E_NA_REST_mV - VM_REST_mV)));
		out.glucose_mM.push(now.phase.glucose_mM);
		out.oxygen.push(now.phase.oxygen);
	};
	record(0);
	const h = every / substeps;
	for (let i = 0; i < samples; i++) {
		for (let s = 0; s < substeps; s++) {
			const t = i * every + s * h;
			supply = supplyAt(t + h / 2);
			step(t, y, h);
		}
		for (const value of y)
			if (!Number.isFinite(value)) throw new RangeError(`${where}: the state became non-finite`);
		record(i === samples - 1 ? duration : (i + 1) * every);
	}
	return {
		...out,
		totals: {
			atpUsed_mM: y[3]!,
			naPumped_mM: 3 * y[3]!,
			kPumped_mM: 2 * y[3]!,
			naLeakedIn_mM: y[4]!,
			kLeakedOut_mM: y[5]!
		}
	};
}
