import { describe, expect, it } from 'vitest';
import { languages, type Lang } from '$lib/i18n/languages';
import { wordsOf } from '$lib/scenes/scenes.server';

// The step captions (messages: describe) of the six figures a shared sequence shows a patient (trpv1, k2p,
// pump, hydrodissection, needle-depth, cushion). A number the model computes, or a value tuned for it, is
// said as the model's where the sentence states it ("dans ce modèle", "in this model"), never as a measured
// fact (gpsci review D8). Every caption is sorted here, so a new one must be sorted too.
const saysModel: Record<Lang, RegExp> = { fr: /modèle/, en: /\bmodel\b/ };

/** captions that state a model's output or a tuned value: each says "model" */
const modelNumbers: Record<string, readonly string[]> = {
	trpv1: [
		'at-rest', // the resting potential the model computes
		'channels-open.opens',
		'channels-open.none',
		'channels-open.touch', // the share of channels open
		'depolarisation.above',
		'depolarisation.below',
		'depolarisation.atThreshold',
		'depolarisation.unmoved', // the potential reached
		'signal-sent.firing',
		'signal-sent.barely',
		'signal-sent.slowed',
		'signal-sent.blockedBarely',
		'signal-sent.silenced',
		'signal-sent.silent', // the firing rate
		'sensitised.intro.painFree',
		'sensitised.intro.more',
		'sensitised.intro.already' // the doubled channels of the sensitised ending
	],
	k2p: [
		'facilitated',
		'k-efflux.falls',
		'k-efflux.stays',
		'repolarised.atRest',
		'repolarised.unmoved',
		'repolarised.towardRest',
		'repolarised.justAbove',
		'hyperpolarised.below',
		'hyperpolarised.onItsWay',
		'hyperpolarised.notBelow',
		'fewer-signals.firing',
		'fewer-signals.silent'
	],
	pump: [
		'na-bind.oxygen',
		'na-bind.noOxygen', // the share of the maximal glucose uptake
		'k-in.holds',
		'k-in.short',
		'fuel-cut.holds',
		'fuel-cut.fails',
		'run-down.change',
		'fuel-back.noGlucose',
		'fuel-back.tooLittle',
		'fuel-back.noOxygen',
		'fuel-back.recovers',
		'fuel-back.recoversTwice',
		'fuel-back.recoversSlowly'
	],
	hydrodissection: [],
	'needle-depth': [],
	cushion: [
		'bolus', // the 5 mL of tissue fluid is the model's
		'spread',
		'absorbed',
		'made-again.already',
		'made-again.rising',
		'recovered.back',
		'recovered.notYet',
		'washout'
	]
};

/** captions with no model number, and why */
const noModelNumber: Record<string, readonly string[]> = {
	// the stimulus the reader set; the signal count is a piece of a sentence that says "model"
	// the sensitised ending's sentences open on its intro ({intro}), which says "model"; the rise and the
	// comparison with the step before are pieces of them
	trpv1: [
		'stimulus.given',
		'stimulus.resting',
		'signals.one',
		'signals.other',
		'sensitised.firing',
		'sensitised.slowed',
		'sensitised.blockedBarely',
		'sensitised.silenced',
		'sensitised.quiet',
		'sensitised.rise.from',
		'sensitised.rise.stays',
		'sensitised.compared.against',
		'sensitised.compared.same'
	],
	// the share of channels the slider opens
	k2p: ['k2p-opens.opens', 'k2p-opens.none'],
	// the cycle's stoichiometry, textbook concentrations, the times the figure cuts and gives back glucose;
	// 'withdrawn', 'stillNone', 'stalled' open sentences that say "model"
	pump: [
		'na-bind.noGlucose',
		'atp-phosphate',
		'na-out',
		'k-bind',
		'fuel-cut.withdrawn',
		'fuel-cut.stillNone',
		'run-down.stalled'
	],
	// the volume and strength the reader set, and the sugar they hold (arithmetic)
	hydrodissection: ['carpal-tunnel', 'ultrasound', 'needle-near', 'dextrose-in', 'nerve-surrounded'],
	// measured skin thickness (science.md C2 #12) and a needle's geometry
	'needle-depth': [
		'layer.epidermis',
		'layer.dermis',
		'layer.subcutis',
		'layer.muscle',
		'layers',
		'intradermal',
		'needle-4mm',
		'needle-13mm',
		'slanted'
	],
	// said in words: the concentration does not change
	cushion: ['inflamed', 'joint-unchanged']
};

/** a scene's step captions: the `describe` part of its catalogue (each scene types its own) */
const describeOf = (id: string, lang: Lang): unknown =>
	(wordsOf(id, lang) as unknown as { describe: unknown }).describe;

function leaves(node: unknown, path = ''): [string, string][] {
	if (typeof node === 'string') return [[path, node]];
	return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
		leaves(value, path ? `${path}.${key}` : key)
	);
}

describe.each(Object.keys(modelNumbers))('the step captions of %s', (id) => {
	it.each(languages)('say in %s that a model number is the model’s', (lang) => {
		const captions = new Map(leaves(describeOf(id, lang)));
		for (const key of modelNumbers[id]!) {
			expect(captions.get(key), `${id} ${lang}: describe.${key}`).toBeDefined();
			expect(captions.get(key), `${id} ${lang}: describe.${key} states a model number`).toMatch(
				saysModel[lang]
			);
		}
	});

	it('are all sorted here: with a model number, or without one', () => {
		const sorted = [...modelNumbers[id]!, ...noModelNumber[id]!].sort();
		expect(sorted).toEqual([...new Map(leaves(describeOf(id, 'fr'))).keys()].sort());
	});
});

describe('the step captions in plain words (gpsci D8)', () => {
	const captions = (lang: Lang) => Object.keys(modelNumbers).flatMap((id) => leaves(describeOf(id, lang)));
	it.each([
		[/de canaux de plus|% more channels/, 'twice as many channels, not "100 % more"'],
		[/\{level\}|\{joint\}/, 'a concentration that does not change, said so, not "at 100 % of its level"'],
		[/sérum salé/, '« sérum physiologique (eau salée) », the French term'],
		[/TNF-α|IL-1β/, 'cytokines glossed as messengers of inflammation, not named by their symbols']
	])('none says %s (%s)', (pattern) => {
		for (const lang of languages)
			for (const [key, text] of captions(lang)) expect(text, `${lang} describe.${key}`).not.toMatch(pattern);
	});
});
