import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { references } from '$content/references';
import { placeholders } from '$lib/i18n/format';
import { languages } from '$lib/i18n/languages';
import { numberFormat } from '$lib/i18n/numbers';
import { aboutKinds } from '$lib/scenes/about';
import { sceneIds } from '$lib/scenes/ids';
import { aboutOf, wordsOf } from '$lib/scenes/scenes.server';

// "About this model" on each scene page: what the figure assumes, each number with its kind (measured, a
// model choice, fitted, borrowed). The same list is in model.md, where the models are documented: an entry
// on a page and not in model.md, or the other way round, fails here.
const modelMd = readFileSync('src/lib/physiology/model.md', 'utf8');
const assumptions = modelMd.slice(modelMd.indexOf('## What each figure assumes'));
const listed = [...assumptions.matchAll(/`([\w-]+)\.(\w+)`/g)].map(([, scene, key]) => `${scene}.${key}`);

describe.each(sceneIds)('what the %s figure assumes', (id) => {
	const entries = aboutOf(id);

	it('lists at least the numbers a reader might take for measurements', () => {
		expect(
			entries.length,
			`src/lib/scenes/${id}/about.ts is missing or empty: it exports \`about = defineAbout([…])\`, an entry per number a reader might take for a measurement (src/lib/scenes/about.ts)`
		).toBeGreaterThan(0);
		for (const entry of entries) expect(aboutKinds).toContain(entry.kind);
	});

	it('is the list model.md gives for this figure', () => {
		expect(
			entries.map((entry) => `${id}.${entry.key}`).sort(),
			`each entry of src/lib/scenes/${id}/about.ts is a row \`${id}.<key>\` of the table under "## What each figure assumes" in src/lib/physiology/model.md, and each row an entry`
		).toEqual(listed.filter((item) => item.startsWith(`${id}.`)).sort());
	});

	it.each(languages)('in %s, says each entry with its numbers filled in, and no NaN', (lang) => {
		const words = wordsOf(id, lang).about ?? {};
		const n = numberFormat(lang);
		for (const entry of entries) {
			const text = words[entry.key];
			expect(text, `${id} about.${entry.key}`).toBeTruthy();
			const values = entry.values?.(n) ?? {};
			expect([...new Set(placeholders(text!))].sort(), entry.key).toEqual(Object.keys(values).sort());
			for (const value of Object.values(values)) expect(value).not.toMatch(/NaN|Infinity|undefined/);
		}
	});

	it('cites only references of the bibliography', () => {
		const known = new Set(references.map((ref) => ref.id));
		for (const entry of entries) for (const ref of entry.refs ?? []) expect(known.has(ref), ref).toBe(true);
	});
});

describe('the model numbers a page shows', () => {
	it('say the TRPV1 ending rests below the −50 to −65 mV measured in pain neurons, and why', () => {
		const rest = aboutOf('trpv1').find((entry) => entry.key === 'rest')!;
		expect(rest.values!(numberFormat('en')).value).toBe('−67\u00a0mV');
		expect(wordsOf('trpv1', 'en').about!.rest).toMatch(/1:0\.05:0\.45.*−50 and −65\u00a0mV/);
	});

	it('say the pump’s run-down Vm is its own chord-conductance model’s, not the lab’s GHK, as the lab says too', () => {
		const vm = aboutOf('pump').find((entry) => entry.key === 'membranePotential')!;
		expect(vm.values!(numberFormat('en'))).toEqual({
			share: '9\u00a0mV',
			lab: '4\u00a0mV',
			rest: '−67\u00a0mV'
		});
		expect(wordsOf('pump', 'en').about!.membranePotential).toMatch(/Goldman–Hodgkin–Katz/);
		expect(wordsOf('pump', 'fr').about!.membranePotential).toMatch(/Goldman–Hodgkin–Katz/);
		const lab = { en: 'src/content/en/lab.md', fr: 'src/content/fr/labo.md' };
		expect(readFileSync(lab.en, 'utf8')).not.toMatch(/every figure of this site/);
		expect(readFileSync(lab.en, 'utf8')).toMatch(/pump figure’s run-down uses a simpler model/);
		expect(readFileSync(lab.fr, 'utf8')).not.toMatch(/toutes les figures de ce site/);
		expect(readFileSync(lab.fr, 'utf8')).toMatch(/figure de la pompe suit un modèle plus simple/);
	});

	it('say the TRPV1 and K2P figures take a textbook neuron’s chloride, not a pain neuron’s, and what that changes', () => {
		for (const id of ['trpv1', 'k2p']) {
			const chloride = aboutOf(id).find((entry) => entry.key === 'chloride')!;
			expect(chloride.kind).toBe('borrowed');
			expect(chloride.values!(numberFormat('en'))).toMatchObject({
				inside: '7\u00a0mM',
				eCl: '−74\u00a0mV',
				nociceptorInside: '30\u00a0mM',
				vmNociceptor: '−53\u00a0mV'
			});
			expect(wordsOf(id, 'en').about!.chloride).toMatch(/25 to 40\u00a0mM/);
			expect(wordsOf(id, 'fr').about!.chloride).toMatch(/25 à 40\u00a0mM/);
		}
	});

	it('give the pump’s fitted reserve and its recovery as fitted, not measured', () => {
		const kinds = Object.fromEntries(aboutOf('pump').map((entry) => [entry.key, entry.kind]));
		expect(kinds.reserve).toBe('fitted');
		expect(kinds.recovery).toBe('fitted');
		const recovery = aboutOf('pump').find((entry) => entry.key === 'recovery')!;
		expect(recovery.values!(numberFormat('en')).value).toMatch(/^\d+\u00a0min$/);
	});

	it('give the cushion’s clearance and pig absorption as model choices, with what was measured', () => {
		const cushion = aboutOf('cushion');
		const clearance = cushion.find((entry) => entry.key === 'clearance')!;
		expect(clearance.kind).toBe('choice');
		expect(clearance.values!(numberFormat('en')).value).toBe('30\u00a0min');
		expect(wordsOf('cushion', 'en').about!.clearance).toMatch(
			/a value we chose between the two phases measured for TNF-α in human blood \(5 and 49\u00a0min/
		);
		expect(wordsOf('cushion', 'fr').about!.clearance).toMatch(/choisie entre les deux phases .* sang humain/);
		const pigs = cushion.find((entry) => entry.key === 'absorptionPigs')!;
		expect(pigs.kind).toBe('choice');
		expect(wordsOf('cushion', 'en').about!.absorptionPigs).toMatch(/a value we picked .* gives no half-life/);
		expect(wordsOf('cushion', 'fr').about!.absorptionPigs).toMatch(/ne donne pas de demi-vie/);
		for (const lang of ['en', 'fr'] as const) {
			const words = wordsOf('cushion', lang);
			expect(JSON.stringify(words)).not.toMatch(/borrow|emprunt/);
		}
		expect(wordsOf('cushion', 'en').claims!['mediators-made-again']).toMatch(
			/a half-life we chose between the two phases measured for TNF-α in blood/
		);
	});

	it('say that every cushion bolus mixes into the same 5 mL, and that a large one would spread', () => {
		const spread = aboutOf('cushion').find((entry) => entry.key === 'spread')!;
		expect(spread.kind).toBe('choice');
		expect(spread.refs).toEqual(['koulakis-2020']);
		const values = spread.values!(numberFormat('en'));
		expect(values).toEqual({
			fluid: '5\u00a0mL',
			beyond: '40\u00a0mL',
			largest: '500\u00a0mL',
			factor: '101'
		});
		expect(wordsOf('cushion', 'en').about!.spread).toMatch(/mixes into the same \{fluid\}.*far smaller/);
		expect(wordsOf('cushion', 'fr').about!.spread).toMatch(/se mêle aux mêmes \{fluid\}.*bien moindre/);
	});
});
