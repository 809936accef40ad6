import type { Lang } from '$lib/i18n/languages';
import type { SceneText } from '../types';

/** The pump scene's words. Numbers are not written here: describe.ts takes them from the model. */
export const pumpText: Record<Lang, SceneText & { labels: Record<string, string> }> = {
	fr: {
		title: 'La pompe Na⁺/K⁺ et son carburant, le glucose',
		intro:
			'Chaque nerf garde beaucoup de potassium dedans et peu de sodium : ces écarts de concentration font son potentiel de membrane. Ils fuient sans cesse, et une protéine, la pompe sodium-potassium, les reconstruit en brûlant de l’ATP, lui-même tiré du glucose. Privé de carburant, un nerf perd ses gradients en quelques dizaines de minutes ; il les retrouve quand le carburant revient. L’article sur la glucopuncture en tire l’idée que les nerfs douloureux manqueraient de glucose et que le dextrose injecté les nourrirait : ce n’est pas démontré.',
		stepNames: [
			'Trois Na⁺ se fixent',
			'L’ATP cède un phosphate',
			'Trois Na⁺ sortent',
			'Deux K⁺ se fixent',
			'Deux K⁺ entrent',
			'Plus de glucose',
			'Les gradients s’effondrent',
			'Le glucose revient'
		],
		stepTexts: [
			'Tournée vers l’intérieur de la cellule, la pompe accroche trois ions sodium.',
			'Une molécule d’ATP donne un de ses phosphates à la pompe ; l’ADP qui reste s’en va. C’est la seule dépense d’énergie du cycle.',
			'La pompe bascule vers l’extérieur et y relâche ses trois ions sodium, là où ils sont déjà très nombreux.',
			'Deux ions potassium venus de l’extérieur prennent leur place.',
			'Le phosphate se détache, la pompe rebascule vers l’intérieur et y dépose les deux potassium. Bilan : une charge positive de plus dehors, pour un ATP.',
			'À 10 minutes, le modèle retire le glucose. Les réserves d’énergie du nerf font d’abord tourner la pompe.',
			'Réserves vides, la pompe s’arrête : le sodium entre, le potassium sort, le potentiel de membrane remonte vers zéro, en quelques dizaines de minutes.',
			'À 70 minutes, le glucose revient : la pompe repart plus vite que d’habitude et rétablit les gradients en quelques minutes, à condition d’avoir de l’oxygène.'
		],
		labels: {
			outside: 'Extérieur',
			inside: 'Intérieur',
			pump: 'pompe Na⁺/K⁺',
			glucose: 'glucose',
			oxygen: 'avec oxygène',
			noOxygen: 'sans oxygène',
			uptake: 'captage du glucose',
			ofMax: 'du max.',
			blood: 'glycémie',
			noAtp: 'pas d’ATP',
			naInside: 'Na⁺ dedans',
			kInside: 'K⁺ dedans',
			concentrations: 'mM',
			vm: 'Vm',
			rest: 'repos',
			noFuel: 'sans glucose',
			time: 'temps (min)',
			hypothesis: 'dextrose ?',
			d5w: 'glucose 5 %',
			glucoseSlider: 'Glucose autour du nerf :',
			glucoseNone: 'aucun',
			glucoseBlood: 'glycémie normale',
			glucoseD5W: 'glucose à 5 % injecté',
			oxygenSwitch: 'Avec oxygène',
			hypothesisSwitch: 'Montrer l’hypothèse de l’article (le dextrose nourrirait le nerf)'
		}
	},
	en: {
		title: 'The Na⁺/K⁺ pump and its fuel, glucose',
		intro:
			'Every nerve keeps a lot of potassium inside and little sodium: these concentration differences make its membrane potential. They leak all the time, and a protein, the sodium–potassium pump, rebuilds them by burning ATP, which itself comes from glucose. Deprived of fuel, a nerve loses its gradients over a few tens of minutes; it gets them back when fuel returns. The glucopuncture article draws from this the idea that painful nerves lack glucose and that injected dextrose feeds them: this has not been shown.',
		stepNames: [
			'3 Na⁺ bind inside',
			'ATP gives up a phosphate',
			'3 Na⁺ leave',
			'2 K⁺ bind outside',
			'2 K⁺ enter',
			'Glucose cut off',
			'Gradients run down',
			'Glucose returns'
		],
		stepTexts: [
			'Facing the inside of the cell, the pump picks up three sodium ions.',
			'One ATP molecule hands one of its phosphates to the pump; the ADP left over goes away. This is the only energy the cycle spends.',
			'The pump turns to the outside and lets its three sodium ions go there, where they are already plentiful.',
			'Two potassium ions from the outside take their place.',
			'The phosphate comes off, the pump turns back to the inside and drops the two potassium ions there. Net result: one more positive charge outside, for one ATP.',
			'At 10 minutes the model takes the glucose away. The nerve’s energy reserve keeps the pump going at first.',
			'With the reserve spent, the pump stops: sodium comes in, potassium leaks out and the membrane potential climbs toward zero, over a few tens of minutes.',
			'At 70 minutes glucose returns: the pump restarts faster than usual and restores the gradients within minutes, provided there is oxygen.'
		],
		labels: {
			outside: 'Outside',
			inside: 'Inside',
			pump: 'Na⁺/K⁺ pump',
			glucose: 'glucose',
			oxygen: 'with oxygen',
			noOxygen: 'without oxygen',
			uptake: 'glucose uptake',
			ofMax: 'of max.',
			blood: 'blood',
			noAtp: 'no ATP',
			naInside: 'Na⁺ inside',
			kInside: 'K⁺ inside',
			concentrations: 'mM',
			vm: 'Vm',
			rest: 'rest',
			noFuel: 'no glucose',
			time: 'time (min)',
			hypothesis: 'dextrose?',
			d5w: '5% dextrose',
			glucoseSlider: 'Glucose around the nerve:',
			glucoseNone: 'none',
			glucoseBlood: 'normal blood glucose',
			glucoseD5W: 'injected 5% dextrose',
			oxygenSwitch: 'With oxygen',
			hypothesisSwitch: 'Show the article’s hypothesis (dextrose would feed the nerve)'
		}
	}
};
