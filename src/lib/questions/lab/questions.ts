import type { Question } from '../define';

/**
 * The lab's questions (issue 13), written before the lab was merged: each starts from a case (`from`) and
 * shows another (`to`), in the lab's address names (Ko, Ki, Nao, Nai, Clo, Cli in mM; pK, pNa, pCl relative;
 * T in °C), every name not given at the mammalian neuron preset (K⁺ 5/140, Na⁺ 145/12, Cl⁻ 110/7 mM,
 * 1 : 0.05 : 0.45, 37 °C: science.md A1). `pump` asks for the lab's honest toggle of the pump's own share.
 * The words are in ./fr.json and ./en.json. tests/unit/questions.test.ts computes, with the site's GHK, the
 * membrane potentials the explanations quote (±0.1 mV).
 */
export interface LabCase {
	Ko?: number;
	Ki?: number;
	Nao?: number;
	Nai?: number;
	Clo?: number;
	Cli?: number;
	pK?: number;
	pNa?: number;
	pCl?: number;
	T?: number;
	pump?: boolean;
}
export interface LabShow {
	from: LabCase;
	to: LabCase;
}

export const labQuestions: readonly Question<LabShow>[] = [
	{
		// the classic one: only 36 of 96 students predicted the direction (issue 13); GHK −70.9 → −67.2 mV,
		// E_K −102.7 → −89.1 mV (science.md A1 constants, computed by membrane.ts)
		id: 'potassium-3-to-5',
		options: ['more-negative', 'unchanged', 'less-negative'],
		answer: 'less-negative',
		show: { from: { Ko: 3 }, to: { Ko: 5 } },
		level: 'established',
		refs: ['hodgkin-katz-1949']
	},
	{
		// an added cation leak, as with TRPV1 open: pNa 0.05 → 0.10 gives −56.9 mV (science.md A1). Why: the
		// answer is physics: raising pNa moves Vm part of the way towards E_Na, never all the way (GHK: Hodgkin &
		// Katz 1949), and TRPV1 lets cations in (Caterina 1997). The size, about 10 mV, rests on the lab’s chosen
		// pNa 0.05, the top of science.md A1’s 0.01–0.05 (doubling from 0.01 gives about 4 mV): the explanation
		// gives it as this lab’s, with the range, and no option asks for it. (A comment, not a `why` field as the
		// figures' questions.json have: this file is in the lab's first-load script, and `why` is never shown.)
		id: 'sodium-leak',
		options: ['toward-threshold', 'to-e-na', 'more-negative'],
		answer: 'toward-threshold',
		show: { from: {}, to: { pNa: 0.1 } },
		level: 'established',
		refs: ['hodgkin-katz-1949', 'caterina-1997']
	},
	{
		// what the pump does not do: its own share is a few mV (science.md A2; the model's ≈ 9 mV, model.md)
		id: 'pump-share',
		options: ['most', 'few', 'none'],
		answer: 'few',
		show: { from: { pump: false }, to: { pump: true } },
		level: 'established',
		// the textbook's few millivolts; the leak's share of the rest is Hodgkin and Katz's (the energy budget,
		// attwell-2001, says nothing of the pump's millivolts)
		refs: ['hille-2001', 'hodgkin-katz-1949']
	}
];
