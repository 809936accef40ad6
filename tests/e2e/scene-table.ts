/**
 * Every scene with its own page, as a reader meets it: its step ids (for ?step=), its step names in each
 * language, what its title and first description contain, and one slider and one switch to try. Written out
 * here, not imported from the scenes, so that a renamed step or a lost label fails a test.
 */
export interface SceneCase {
	id: string;
	steps: readonly string[];
	names: { fr: readonly string[]; en: readonly string[] };
	/** the figure's <title> */
	title: RegExp;
	/**
	 * a unit the first frame's description must carry (the model's numbers are there), or for a first frame
	 * without numbers, a word it must carry in both languages
	 */
	unit: string;
	/** a slider of the scene, set to its last stop, changes the description at this step */
	slider: { name: RegExp; step: string };
	/** the switch that draws a claim's layer, and the evidence level of the badge it shows */
	claimSwitch?: { name: RegExp; level: string };
	/** a badge the controls always show, without a switch */
	badge?: string;
}

export const sceneCases: readonly SceneCase[] = [
	{
		id: 'trpv1',
		steps: ['at-rest', 'stimulus', 'channels-open', 'depolarisation', 'signal-sent', 'sensitised'],
		names: {
			fr: [
				'Au repos',
				'Le stimulus arrive',
				'Les canaux s’ouvrent',
				'Dépolarisation',
				'Seuil et signal',
				'La même, sensibilisée'
			],
			en: [
				'At rest',
				'The stimulus arrives',
				'Channels open',
				'Depolarisation',
				'Threshold and signal',
				'The same, sensitised'
			]
		},
		title: /TRPV1/,
		unit: 'mV',
		slider: { name: /Semaines|Weeks/, step: 'depolarisation' },
		claimSwitch: { name: /ce qu’affirme l’article|the article’s claim/, level: 'unsupported' }
	},
	{
		id: 'k2p',
		steps: ['facilitated', 'k2p-opens', 'k-efflux', 'repolarised', 'hyperpolarised', 'fewer-signals'],
		names: {
			fr: [
				'Terminaison sensibilisée',
				'Les K2P s’ouvrent',
				'Le K⁺ sort',
				'Repolarisé',
				'Hyperpolarisé',
				'Moins de signaux'
			],
			en: [
				'Sensitised nerve ending',
				'K2P channels open',
				'K⁺ leaves',
				'Repolarised',
				'Hyperpolarised',
				'Fewer pain signals'
			]
		},
		title: /K2P/,
		unit: 'mV',
		slider: { name: /K2P/, step: 'k2p-opens' },
		claimSwitch: { name: /ce qu’affirme l’article|the article’s claim/, level: 'unsupported' }
	},
	{
		id: 'pump',
		steps: ['na-bind', 'atp-phosphate', 'na-out', 'k-bind', 'k-in', 'fuel-cut', 'run-down', 'fuel-back'],
		names: {
			fr: [
				'Trois Na⁺ se fixent',
				'L’ATP cède un phosphate',
				'Trois Na⁺ sortent',
				'Deux K⁺ se fixent',
				'Deux K⁺ entrent',
				'Sans glucose',
				'Les gradients s’effondrent',
				'Le glucose revient'
			],
			en: [
				'3 Na⁺ bind inside',
				'ATP gives up a phosphate',
				'3 Na⁺ leave',
				'2 K⁺ bind outside',
				'2 K⁺ enter',
				'Glucose cut off',
				'Gradients run down',
				'Glucose returns'
			]
		},
		title: /Na⁺\/K⁺/,
		unit: 'mM',
		slider: { name: /Glucose/, step: 'na-bind' },
		claimSwitch: { name: /ce qu’affirme l’article|the article’s claim/, level: 'unsupported' }
	},
	{
		id: 'cushion',
		steps: ['inflamed', 'bolus', 'absorbed', 'made-again', 'recovered', 'joint-unchanged'],
		names: {
			fr: [
				'Tissu enflammé',
				'Le sérum dilue',
				'Le sérum s’en va',
				'Les médiateurs reviennent',
				'Retour au départ',
				'Articulation inchangée'
			],
			en: [
				'Inflamed tissue',
				'Saline dilutes',
				'Saline drains away',
				'Mediators come back',
				'Back to baseline',
				'Joint unchanged'
			]
		},
		title: /hydrotom/i,
		// the first frame states no number (the mediators' concentration holds): what it names, in both languages
		unit: 'cytokines',
		slider: { name: /Sérum|Saline/, step: 'bolus' },
		claimSwitch: { name: /dilution/, level: 'unsupported' }
	},
	{
		id: 'hydrodissection',
		steps: ['carpal-tunnel', 'ultrasound', 'needle-near', 'dextrose-in', 'nerve-surrounded'],
		names: {
			fr: [
				'Le canal carpien',
				'La sonde d’échographie',
				'L’aiguille approche',
				'Le glucose passe sous le nerf',
				'Le nerf entouré'
			],
			en: [
				'The carpal tunnel',
				'The ultrasound probe',
				'The needle approaches',
				'Dextrose goes under the nerve',
				'Nerve surrounded'
			]
		},
		title: /hydrodissection/i,
		// the first frame is the anatomy, a sketch without numbers: the nerve under its ligament
		unit: 'ligament',
		slider: { name: /glucose|dextrose/i, step: 'nerve-surrounded' },
		badge: 'trials'
	},
	{
		id: 'needle-depth',
		steps: ['layers', 'intradermal', 'needle-4mm', 'needle-13mm', 'slanted'],
		names: {
			fr: [
				'Les couches de la peau',
				'Intradermique : dans le derme',
				'Aiguille de 4 mm',
				'Aiguille de 13 mm',
				'Aiguille inclinée'
			],
			en: ['Skin layers', 'Intradermal: in the dermis', '4 mm needle', '13 mm needle', 'Slanted needle']
		},
		title: /aiguille|needle/i,
		unit: 'mm',
		slider: { name: /Angle/, step: 'slanted' },
		badge: 'unsupported'
	}
];
