import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholders } from '$lib/i18n/format';
import { languages } from '$lib/i18n/languages';
import { labKit } from '$lib/lab/share/kit';
import fr from '$lib/lab/share/messages/fr.json';
import en from '$lib/lab/share/messages/en.json';
import { readRuns } from '$lib/lab/share/run-link';
import { runsNotes, type ShareLabWords } from '$lib/lab/share/words';
import { NEURON } from '$lib/lab/state';
import { labCatalogue } from '$lib/lab/words';

// The words of the lab's Share dialog and of the notes on a link's runs (src/lib/lab/share/messages), a
// catalogue loaded apart from the lab's: held to what tests/unit/messages.test.ts holds the others to, and the
// notes say in counts what a link's runs could not give, never quoting the link.

const catalogue = { fr, en } as const satisfies Record<(typeof languages)[number], ShareLabWords>;

function sources(dir = join(import.meta.dirname, '../../../src')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(svelte|ts)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
	});
}

describe('the lab’s Share catalogue', () => {
	const keys = Object.keys(fr).sort();

	it('has the same keys, each said, with the same placeholders, in both languages', () => {
		expect(Object.keys(en).sort()).toEqual(keys);
		for (const key of keys) {
			const k = key as keyof typeof fr;
			expect(en[k].trim(), key).not.toBe('');
			expect(en[k], key).not.toBe(fr[k]);
			expect(placeholders(en[k]), key).toEqual(placeholders(fr[k]));
		}
	});

	it('has no message the code never names', () => {
		const code = sources().join('\n');
		expect(keys.filter((key) => !new RegExp(`\\b${key}\\b`).test(code))).toEqual([]);
	});
});

describe('the notes on a link’s runs', () => {
	const notes = (lang: 'fr' | 'en', text: string) =>
		runsNotes(catalogue[lang], labCatalogue[lang], lang, readRuns(text, NEURON, labKit), labKit);

	it('say plainly, in counts, what was left out and why', () => {
		expect(notes('fr', '1.3~Ko,1,100,log~Ko,1,100,log~Ko,1,100,log')).toEqual([]);
		expect(notes('fr', '1.4~Ko,1,100,log~Ko,1,100,pNa0.1,log')).toEqual([
			'2 des essais que ce lien annonçait n’y sont pas\u00a0: le lien a sans doute été coupé en route.'
		]);
		expect(notes('en', '1.2~Ko,1,100,log~nonsense')).toEqual([
			'One run in this link could not be read: it is left out.'
		]);
		expect(notes('fr', '1.3~T,0,50,lin~pK,0,2,lin~Ko,1,100,log')).toEqual([
			'2 essais de ce lien font varier une autre valeur que K⁺ extérieur\u00a0: un graphique n’a qu’une valeur en abscisse, ils sont donc laissés de côté.'
		]);
		const six = ['1.6', ...Array.from({ length: 6 }, () => 'Ko,1,100,log')].join('~');
		expect(notes('en', six)).toEqual([
			'The recorder keeps four runs at most: the 2 oldest of this link’s 6 runs are left out.'
		]);
		expect(notes('fr', '1.2~Ko,1,100,Ko5000,log~Ko,1,100,T99,log')).toEqual([
			'Essais 1 et 2\u00a0: ce lien leur donne des valeurs hors de ce que le labo accepte\u00a0; elles sont ramenées à la limite la plus proche.'
		]);
		expect(notes('en', '7.1~Ko,1,100,log')).toEqual([
			'This link’s runs were written by another version of the site, which this one cannot read: they are left out.'
		]);
	});

	it('never quote the link: a crafted one cannot put its own sentences on the page', () => {
		const crafted = '1.2~Call 0800 123 456 or visit refund-nhs.com,1,100,log~<img src=x onerror=alert(1)>';
		const said = notes('en', crafted).join(' ');
		expect(said).toBe('2 runs in this link could not be read: they are left out.');
		expect(said).not.toMatch(/0800|refund|img|alert/);
	});
});
