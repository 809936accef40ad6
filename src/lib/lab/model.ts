// What the lab shows for a state: the three Nernst potentials, the GHK membrane potential, the driving
// force on each ion, and, when asked for, the pump's own electrogenic share. Everything is computed by
// $lib/physiology's `nernst` and `ghk`: this file only arranges their results.
import { ghk, nernst, PUMP_ELECTROGENIC_SHARE_mV } from '$lib/physiology';
import { concentrationsOf, permeabilityOf, type LabState } from './state';

export const IONS = ['K', 'Na', 'Cl'] as const;
export type IonName = (typeof IONS)[number];

export interface IonReadout {
	/** equilibrium (Nernst) potential, mV */
	e_mV: number;
	/**
	 * Vm − E, mV, from the two as the lab writes them (to a tenth): positive pushes a cation out and pulls an
	 * anion in. A student who subtracts the shown E from the shown Vm finds this number, never 0.1 off.
	 */
	drivingForce_mV: number;
	/**
	 * which way the ion itself moves through open channels at this Vm: none at its equilibrium (Vm and E
	 * written the same, to a tenth), closed when the membrane has no open channel for it (p = 0)
	 */
	flow: 'out' | 'in' | 'none' | 'closed';
}

export interface LabReadout {
	/** GHK membrane potential, mV (no pump current) */
	ghk_mV: number;
	/** the pump's share added, mV (0 when the toggle is off) */
	pump_mV: number;
	/** the membrane potential shown: GHK plus the pump's share when it is on */
	vm_mV: number;
	ions: Record<IonName, IonReadout>;
}

const valence: Record<IonName, 1 | -1> = { K: 1, Na: 1, Cl: -1 };

/** A driving force that the table writes as 0.0 mV (words.ts, signedMV): the ion is said not to move. */
export const AT_EQUILIBRIUM_mV = 0.05;

/** A potential as the lab writes it (words.ts: to a tenth of a millivolt), as a number. */
export const asShown_mV = (value_mV: number) => Number(value_mV.toFixed(1));

/** The potentials for a state (a safe one: see safeState); `pump` adds the pump's fixed share. */
export function labReadout(state: LabState, pump = false): LabReadout {
	const c = concentrationsOf(state);
	const ghk_mV = ghk(permeabilityOf(state), c, state.T);
	const pump_mV = pump ? PUMP_ELECTROGENIC_SHARE_mV : 0;
	const vm_mV = ghk_mV + pump_mV;
	const permeability = permeabilityOf(state);
	const ion = (name: IonName): IonReadout => {
		const e_mV = nernst(valence[name], c[name].outside_mM, c[name].inside_mM, state.T);
		const drivingForce_mV = asShown_mV(asShown_mV(vm_mV) - asShown_mV(e_mV));
		if (permeability[name] === 0) return { e_mV, drivingForce_mV, flow: 'closed' };
		// a cation leaves when Vm is above its E; an anion enters then (its outward current is an influx)
		const sign =
			Math.abs(drivingForce_mV) < AT_EQUILIBRIUM_mV ? 0 : Math.sign(drivingForce_mV) * valence[name];
		return { e_mV, drivingForce_mV, flow: sign > 0 ? 'out' : sign < 0 ? 'in' : 'none' };
	};
	return { ghk_mV, pump_mV, vm_mV, ions: { K: ion('K'), Na: ion('Na'), Cl: ion('Cl') } };
}
