import {
	ATP_PER_GLUCOSE,
	BLOOD_GLUCOSE_mM,
	ghk,
	GLUCOSE_KM_mM,
	glucoseUptakeFraction,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	MAX_TURNOVER_per_s,
	PUMP_ELECTROGENIC_SHARE_mV,
	PUMP_LEAK_ELECTROGENIC_SHARE_mV,
	PUMP_LEAK_PARAMETERS,
	pumpTurnover_per_s
} from '$lib/physiology';
import { defaultsOf } from '$lib/player/parameters';
import { defineAbout } from '../about';
import { controls, pumpModel } from './model';

/** ATP inside a resting neuron, mM: the value the pump's turnover is quoted at (pump.ts). */
const RESTING_ATP_mM = 3;

/** What the pump figure assumes (model.md, "What each figure assumes"). */
export const about = defineAbout([
	{
		key: 'turnover',
		kind: 'choice',
		values: (n) => ({ value: n.fixed(MAX_TURNOVER_per_s) }),
		refs: ['hille-2001']
	},
	{
		key: 'turnoverAtRest',
		kind: 'choice',
		values: (n) => ({ value: n.fixed(pumpTurnover_per_s(RESTING_ATP_mM)) })
	},
	{
		key: 'yield',
		kind: 'measured',
		values: (n) => ({
			without: n.fixed(ATP_PER_GLUCOSE.glycolysis),
			with: n.fixed(ATP_PER_GLUCOSE.oxidative)
		}),
		refs: ['berg-2002']
	},
	{
		key: 'uptake',
		kind: 'choice',
		values: (n) => ({
			km: n.mM(GLUCOSE_KM_mM),
			uptake: n.percent(glucoseUptakeFraction(BLOOD_GLUCOSE_mM))
		})
	},
	{
		key: 'reserve',
		kind: 'fitted',
		// no reference: the 47 min comes from a study science.md could not verify (A2); Stecker 2013 is
		// about oxygen, not glucose
		values: (n) => ({ value: n.duration(PUMP_LEAK_PARAMETERS.reserve_min) })
	},
	{
		// the run-down's Vm: fixed Na⁺ and K⁺ chord conductances and the pump's current (pump-leak.ts), not
		// the lab's GHK, which gives other millivolts for the same concentrations
		key: 'membranePotential',
		kind: 'choice',
		values: (n) => ({
			share: n.mV(Math.abs(PUMP_LEAK_ELECTROGENIC_SHARE_mV)),
			lab: n.mV(Math.abs(PUMP_ELECTROGENIC_SHARE_mV)),
			rest: n.mV(ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN))
		})
	},
	{
		key: 'recovery',
		kind: 'fitted',
		values: (n) => {
			const recovery = pumpModel(defaultsOf(controls)).recovery_min;
			return { value: recovery === null ? '—' : n.duration(recovery) };
		}
	}
]);
