import type { Lang } from '$lib/i18n/languages';
import { decimal, grams, withUnit } from '../units';
import { DEXTROSE_PERCENT, SKIN_DEPTH_mm, SKIN_mm, type InjectionSceneState, type Layer } from './state';

const layerWords: Record<Lang, Record<Layer, string>> = {
	fr: { epidermis: 'l’épiderme', dermis: 'le derme', subcutis: 'la graisse', muscle: 'le muscle' },
	en: { epidermis: 'the epidermis', dermis: 'the dermis', subcutis: 'the fat', muscle: 'muscle' }
};

/**
 * One plain sentence (or two) for the step shown, with the numbers behind the drawing: what a screen reader
 * says and the caption under the figure.
 */
export function describeInjection(state: InjectionSceneState, lang: Lang): string {
	const s = state;
	const fr = lang === 'fr';
	const mm = (value: number) => withUnit(value, 'mm', lang, Number.isInteger(value) ? 0 : 1);
	const mL = (value: number) => withUnit(value, 'mL', lang, Number.isInteger(value) ? 0 : 1);
	const percent = fr ? `${DEXTROSE_PERCENT}\u00a0%` : `${DEXTROSE_PERCENT}%`;
	const [short, long] = s.needles;
	const where = layerWords[lang];

	switch (s.stepIndex) {
		case 0:
			return fr
				? `À l’échelle : l’épiderme mesure ${mm(SKIN_mm.epidermis)}, le derme environ ${mm(SKIN_mm.dermis)}, la graisse ${SKIN_mm.subcutisMin} à ${mm(SKIN_mm.subcutisMax)}, puis vient le muscle. Les aiguilles de l’hydrotomie mesurent ${mm(short.length_mm)} et ${mm(long.length_mm)}.`
				: `To scale: the epidermis is ${mm(SKIN_mm.epidermis)} thick, the dermis about ${mm(SKIN_mm.dermis)}, the fat ${SKIN_mm.subcutisMin} to ${mm(SKIN_mm.subcutisMax)}, then comes muscle. Hydrotomy’s needles are ${mm(short.length_mm)} and ${mm(long.length_mm)} long.`;
		case 1:
			return fr
				? `Enfoncée droite, l’aiguille ${short.gauge} G de ${mm(short.length_mm)} a sa pointe ${mm(short.belowDermis_mm)} sous le derme, dans ${where[short.endsIn.thick]} : ce n’est pas une injection intradermique.`
				: `Pushed straight in, the ${short.gauge} G ${mm(short.length_mm)} needle has its tip ${mm(short.belowDermis_mm)} below the dermis, in ${where[short.endsIn.thick]}: this is not an intradermal injection.`;
		case 2: {
			const fat = decimal(long.length_mm - SKIN_DEPTH_mm, 1, lang);
			return long.endsIn.thin === long.endsIn.thick
				? fr
					? `L’aiguille ${long.gauge} G de ${mm(long.length_mm)} arrive dans ${where[long.endsIn.thick]}.`
					: `The ${long.gauge} G ${mm(long.length_mm)} needle reaches ${where[long.endsIn.thick]}.`
				: fr
					? `L’aiguille ${long.gauge} G de ${mm(long.length_mm)} arrive au fond de la graisse ; là où celle-ci fait moins de ${fat}\u00a0mm, sa pointe est dans ${where[long.endsIn.thin]}.`
					: `The ${long.gauge} G ${mm(long.length_mm)} needle reaches the bottom of the fat; where the fat is thinner than ${fat}\u00a0mm, its tip is in ${where[long.endsIn.thin]}.`;
		}
		case 3:
			return fr
				? 'Au poignet, sous échographie, l’aiguille approche du nerf médian, serré entre le ligament du canal carpien et les tendons.'
				: 'At the wrist, under ultrasound, the needle approaches the median nerve, squeezed between the carpal tunnel’s ligament and the tendons.';
		case 4:
			return fr
				? `${mL(s.injected_mL)} de glucose à ${percent} passent sous le nerf et le séparent des tendons.`
				: `${mL(s.injected_mL)} of ${percent} dextrose go in under the nerve, separating it from the tendons.`;
		default:
			return fr
				? `Avec ${mL(s.params.volume_mL)} de glucose à ${percent}, le liquide entoure le nerf ; cela fait ${grams(s.dose.glucose_g, lang)} de sucre. Dans de petits essais, cette injection a fait mieux que du sérum salé, sans qu’on sache pourquoi.`
				: `With ${mL(s.params.volume_mL)} of ${percent} dextrose, the fluid surrounds the nerve; that is ${grams(s.dose.glucose_g, lang)} of sugar. In small trials this injection did better than saline, and no one knows why.`;
	}
}
