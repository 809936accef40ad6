// Equilibrium (Nernst) and resting (Goldman–Hodgkin–Katz) membrane potentials.
// Exports exactly `nernst`, `ghk` and the type `Ion`: other code and checks rely on this surface.
import { integerIn, inRange, positive } from './check';
import { BODY_TEMPERATURE_C, F_C_per_mol, LIMITS, R_J_per_mol_K, ZERO_CELSIUS_K } from './constants';

/** One ion's concentrations on each side of the membrane. */
export type Ion = { outside_mM: number; inside_mM: number };

/** RT/F in millivolts at a temperature in °C (26.73 mV at 37 °C, science.md A1). */
function thermalVoltage_mV(where: string, temperature_C: number): number {
	inRange(where, 'temperature_C', temperature_C, LIMITS.temperatureMin_C, LIMITS.temperatureMax_C, '°C');
	return ((R_J_per_mol_K * (temperature_C + ZERO_CELSIUS_K)) / F_C_per_mol) * 1000;
}

function concentration(where: string, name: string, value: number): number {
	return positive(where, name, value, LIMITS.concentration_mM, 'mM');
}

/**
 * Nernst equilibrium potential, mV: E = (RT/zF)·ln([out]/[in]).
 * Throws RangeError unless z is a non-zero integer with |z| ≤ 3, both concentrations are in
 * (0, 10 000] mM and the temperature is in [0, 50] °C.
 */
export function nernst(
	z: number,
	outside_mM: number,
	inside_mM: number,
	temperature_C = BODY_TEMPERATURE_C
): number {
	const where = 'nernst';
	integerIn(where, 'z (valence)', z, -3, 3);
	if (z === 0)
		throw new RangeError('nernst: z (valence) must not be 0: an uncharged particle has no Nernst potential');
	concentration(where, 'outside_mM', outside_mM);
	concentration(where, 'inside_mM', inside_mM);
	const rtf = thermalVoltage_mV(where, temperature_C);
	// A difference of logs, not the log of a ratio: the ratio of two extreme concentrations could overflow.
	return (rtf / z) * (Math.log(outside_mM) - Math.log(inside_mM));
}

/**
 * Goldman–Hodgkin–Katz voltage equation for K⁺, Na⁺ and Cl⁻, mV:
 * Vm = (RT/F)·ln((pK·K_o + pNa·Na_o + pCl·Cl_i) / (pK·K_i + pNa·Na_i + pCl·Cl_o)).
 * Permeabilities are relative (only their ratios matter): each must be finite and ≥ 0, and at least one
 * must be > 0. Concentrations as for `nernst`; temperature in [0, 50] °C. The result always lies between
 * the lowest and the highest Nernst potential of the ions with a non-zero permeability.
 */
export function ghk(
	permeability: { K: number; Na: number; Cl: number },
	concentrations: { K: Ion; Na: Ion; Cl: Ion },
	temperature_C = BODY_TEMPERATURE_C
): number {
	const where = 'ghk';
	const { K, Na, Cl } = permeability;
	for (const [name, p] of [
		['permeability.K', K],
		['permeability.Na', Na],
		['permeability.Cl', Cl]
	] as const) {
		if (typeof p !== 'number' || !Number.isFinite(p) || p < 0) {
			throw new RangeError(`${where}: ${name} must be a finite number ≥ 0, got ${String(p)}`);
		}
	}
	const largest = Math.max(K, Na, Cl);
	if (largest === 0) throw new RangeError('ghk: at least one permeability must be greater than 0');
	const c = concentrations;
	const ions = [
		['K', c.K],
		['Na', c.Na],
		['Cl', c.Cl]
	] as const;
	for (const [name, ion] of ions) {
		if (typeof ion !== 'object' || ion === null)
			throw new RangeError(`ghk: concentrations.${name} is missing`);
		concentration(where, `concentrations.${name}.outside_mM`, ion.outside_mM);
		concentration(where, `concentrations.${name}.inside_mM`, ion.inside_mM);
	}
	const rtf = thermalVoltage_mV(where, temperature_C);
	// Scale by the largest permeability so that huge relative values cannot overflow the sums.
	const pK = K / largest;
	const pNa = Na / largest;
	const pCl = Cl / largest;
	// Cl⁻ is an anion: its inside concentration goes on top, its outside one below.
	const top = pK * c.K.outside_mM + pNa * c.Na.outside_mM + pCl * c.Cl.inside_mM;
	const bottom = pK * c.K.inside_mM + pNa * c.Na.inside_mM + pCl * c.Cl.outside_mM;
	return rtf * (Math.log(top) - Math.log(bottom));
}
