import type { Lang } from '$lib/i18n/languages';
import { MAMMALIAN } from '$lib/physiology';
import { decimal, duration, millimolar, millivolts, percent } from '../units';
import { FUEL_BACK_min, FUEL_CUT_min, type PumpSceneState } from './state';

/** [Na⁺]i this far from rest, mM, counts as "the gradients no longer hold". */
const HOLDS_mM = 2;

/**
 * One plain sentence (or two) for the step shown, with the model's numbers: what a screen reader says and
 * the caption under the figure. "Na⁺" and "K⁺" are read as sodium and potassium by most screen readers'
 * symbol tables; the words "sodium" and "potassium" appear where the sentence would otherwise be only symbols.
 */
export function describePump(state: PumpSceneState, lang: Lang): string {
	const s = state;
	const fr = lang === 'fr';
	const mM = (value: number) => millimolar(Math.round(value), lang);
	const glucose = millimolar(s.params.glucose_mM, lang);
	const uptake = percent(s.uptake, lang);
	const atp = s.atpPerGlucose;
	const holds = (reading: { naInside_mM: number }) =>
		Math.abs(reading.naInside_mM - s.rest.naInside_mM) < HOLDS_mM;
	const fed = s.params.glucose_mM > 0;

	switch (s.stepIndex) {
		case 0: {
			const fuel = !fed
				? fr
					? 'Sans glucose, le nerf ne vit que sur ses réserves d’énergie.'
					: 'With no glucose, the nerve lives on its energy reserve alone.'
				: s.params.oxygen
					? fr
						? `Avec ${glucose} de glucose et de l’oxygène, le nerf capte le glucose à ${uptake} de son maximum, et chaque glucose donne ${atp} ATP.`
						: `With ${glucose} of glucose and oxygen, the nerve takes up glucose at ${uptake} of its maximum, and each glucose gives ${atp} ATP.`
					: fr
						? `Avec ${glucose} de glucose mais sans oxygène, le nerf capte le glucose à ${uptake} de son maximum, mais chaque glucose ne donne que ${atp} ATP.`
						: `With ${glucose} of glucose but no oxygen, the nerve takes up glucose at ${uptake} of its maximum, but each glucose gives only ${atp} ATP.`;
			return fr
				? `${fuel} Ouverte vers l’intérieur, la pompe fixe 3 ions sodium (Na⁺).`
				: `${fuel} Open to the inside, the pump binds 3 sodium ions (Na⁺).`;
		}
		case 1:
			return fr
				? 'Un ATP cède un phosphate à la pompe et l’ADP s’en va : c’est l’énergie d’un cycle.'
				: 'One ATP hands a phosphate to the pump and the ADP leaves: this is the energy for one cycle.';
		case 2:
			return fr
				? `La pompe s’ouvre vers l’extérieur et y relâche 3 Na⁺, contre leur gradient : ${mM(MAMMALIAN.Na.outside_mM)} dehors, ${mM(s.rest.naInside_mM)} dedans.`
				: `The pump opens to the outside and releases 3 Na⁺ there, against their gradient: ${mM(MAMMALIAN.Na.outside_mM)} outside, ${mM(s.rest.naInside_mM)} inside.`;
		case 3:
			return fr
				? `2 ions potassium (K⁺) se fixent côté extérieur, où il n’y en a que ${mM(MAMMALIAN.K.outside_mM)}.`
				: `2 potassium ions (K⁺) bind on the outside, where there are only ${mM(MAMMALIAN.K.outside_mM)}.`;
		case 4: {
			const cycle = fr
				? 'Le phosphate part, la pompe se retourne et fait entrer 2 K⁺ : 3 charges sorties, 2 entrées, pour un ATP.'
				: 'The phosphate leaves, the pump turns back and lets 2 K⁺ in: 3 charges out, 2 in, for one ATP.';
			const then = holds(s.fed)
				? fr
					? `À ${duration(FUEL_CUT_min, lang)}, les gradients tiennent : Na⁺ ${mM(s.fed.naInside_mM)}, K⁺ ${mM(s.fed.kInside_mM)} dans la cellule, ${millivolts(s.fed.vm_mV)}.`
					: `At ${duration(FUEL_CUT_min, lang)} the gradients hold: Na⁺ ${mM(s.fed.naInside_mM)}, K⁺ ${mM(s.fed.kInside_mM)} inside the cell, ${millivolts(s.fed.vm_mV)}.`
				: fr
					? `Mais l’ATP manque déjà : à ${duration(FUEL_CUT_min, lang)}, le Na⁺ intérieur est à ${mM(s.fed.naInside_mM)} et le potentiel à ${millivolts(s.fed.vm_mV)}.`
					: `But ATP is already short: at ${duration(FUEL_CUT_min, lang)}, inside Na⁺ is at ${mM(s.fed.naInside_mM)} and the potential at ${millivolts(s.fed.vm_mV)}.`;
			return `${cycle} ${then}`;
		}
		case 5: {
			const cut = !fed
				? fr
					? 'Toujours pas de glucose.'
					: 'Still no glucose.'
				: fr
					? `Le glucose est retiré à ${duration(FUEL_CUT_min, lang)}.`
					: `Glucose is taken away at ${duration(FUEL_CUT_min, lang)}.`;
			const at = duration(s.now.t_min, lang);
			return holds(s.now)
				? fr
					? `${cut} Les réserves font encore tourner la pompe : à ${at}, Na⁺ ${mM(s.now.naInside_mM)} et K⁺ ${mM(s.now.kInside_mM)} dans la cellule, ${millivolts(s.now.vm_mV)}.`
					: `${cut} The reserve still runs the pump: at ${at}, Na⁺ ${mM(s.now.naInside_mM)} and K⁺ ${mM(s.now.kInside_mM)} inside the cell, ${millivolts(s.now.vm_mV)}.`
				: fr
					? `${cut} Les réserves ne suffisent pas : à ${at}, le Na⁺ intérieur est monté à ${mM(s.now.naInside_mM)} et le potentiel à ${millivolts(s.now.vm_mV)}.`
					: `${cut} The reserve is not enough: at ${at}, inside Na⁺ has risen to ${mM(s.now.naInside_mM)} and the potential to ${millivolts(s.now.vm_mV)}.`;
		}
		case 6: {
			const span = duration(s.starved.t_min + 0.5 - (fed ? FUEL_CUT_min : 0), lang);
			const stalled = s.starved.pumpRate < 0.05;
			const pump = stalled
				? fr
					? 'Faute d’ATP, la pompe s’arrête, 3 Na⁺ fixés.'
					: 'Without ATP the pump stops, 3 Na⁺ bound.'
				: fr
					? `La pompe ne tourne plus qu’à ${percent(s.starved.pumpRate, lang)} de son rythme.`
					: `The pump runs at only ${percent(s.starved.pumpRate, lang)} of its pace.`;
			return fr
				? `${pump} En ${span} sans glucose, le Na⁺ intérieur passe de ${mM(s.rest.naInside_mM)} à ${mM(s.starved.naInside_mM)}, le K⁺ de ${mM(s.rest.kInside_mM)} à ${mM(s.starved.kInside_mM)}, et le potentiel remonte de ${millivolts(s.rest.vm_mV)} à ${millivolts(s.starved.vm_mV)}.`
				: `${pump} After ${span} without glucose, inside Na⁺ goes from ${mM(s.rest.naInside_mM)} to ${mM(s.starved.naInside_mM)}, K⁺ from ${mM(s.rest.kInside_mM)} to ${mM(s.starved.kInside_mM)}, and the potential climbs from ${millivolts(s.rest.vm_mV)} to ${millivolts(s.starved.vm_mV)}.`;
		}
		default: {
			const back = duration(FUEL_BACK_min, lang);
			const end = duration(s.end.t_min, lang);
			if (!fed)
				return fr
					? `Le glucose ne revient pas (0 mM) : à ${end}, le Na⁺ intérieur est à ${mM(s.end.naInside_mM)} et le potentiel à ${millivolts(s.end.vm_mV)}.`
					: `Glucose does not return (0 mM): at ${end}, inside Na⁺ is at ${mM(s.end.naInside_mM)} and the potential at ${millivolts(s.end.vm_mV)}.`;
			if (s.recovery_min === null)
				return s.params.oxygen
					? fr
						? `Le glucose revient à ${back}, mais trop peu : à ${end}, le Na⁺ intérieur est encore à ${mM(s.end.naInside_mM)} et le potentiel à ${millivolts(s.end.vm_mV)}.`
						: `Glucose returns at ${back}, but too little: at ${end}, inside Na⁺ is still at ${mM(s.end.naInside_mM)} and the potential at ${millivolts(s.end.vm_mV)}.`
					: fr
						? `Le glucose revient à ${back}, mais sans oxygène il ne donne que ${atp} ATP par molécule : à ${end}, le Na⁺ intérieur reste à ${mM(s.end.naInside_mM)} et le potentiel à ${millivolts(s.end.vm_mV)}.`
						: `Glucose returns at ${back}, but without oxygen it gives only ${atp} ATP per molecule: at ${end}, inside Na⁺ stays at ${mM(s.end.naInside_mM)} and the potential at ${millivolts(s.end.vm_mV)}.`;
			// "2 fois", "2,6 fois": one decimal only when it says something
			const rate = Math.round(s.peakRateAfterReturn * 10) / 10;
			const faster = decimal(rate, Number.isInteger(rate) ? 0 : 1, lang);
			return fr
				? `Le glucose revient à ${back} : poussée par le Na⁺ accumulé, la pompe tourne jusqu’à ${faster} fois plus vite qu’au repos et rétablit les gradients en ${duration(s.recovery_min, lang)} (Na⁺ ${mM(s.end.naInside_mM)}, K⁺ ${mM(s.end.kInside_mM)}, ${millivolts(s.end.vm_mV)}).`
				: `Glucose returns at ${back}: driven by the Na⁺ that piled up, the pump runs up to ${faster} times faster than at rest and restores the gradients in ${duration(s.recovery_min, lang)} (Na⁺ ${mM(s.end.naInside_mM)}, K⁺ ${mM(s.end.kInside_mM)}, ${millivolts(s.end.vm_mV)}).`;
		}
	}
}
