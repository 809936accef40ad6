import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { references } from '$content/references';
import { loadStudies, referenceStudy } from '$lib/evidence/studies';
import { languages } from '$lib/i18n/languages';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf } from '$lib/scenes/scenes.server';

// A badge's sheet says, for each reference behind it, what kind of study it is in one line ("Randomised
// trial, 60 wrists"). Every reference a badge cites must have that line, in both languages.

/** Every Markdown and Svelte file under src/, as text. */
function sources(dir = 'src'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(md|svelte)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
	});
}

const ids = (refs: string) => refs.split(/\s+/).filter(Boolean);

/** The references of every badge written in the prose or a component, and of every scene's claims. */
const citedByBadges = [
	...new Set([
		...sources().flatMap((text) =>
			[...text.matchAll(/<EvidenceBadge\b[^>]*\brefs="([^"]*)"/g)].flatMap((match) => ids(match[1]!))
		),
		...sceneIds.flatMap((id) => sceneOf(id).claims.flatMap((claim) => claim.refs))
	])
].sort();

const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe('the one-line study description of the references (src/content/references.ts)', () => {
	beforeAll(() => loadStudies(...languages));

	it('has found the badges of the articles and of the figures', () => {
		// the two articles alone cite some forty sources; the figures add their own
		expect(citedByBadges.length).toBeGreaterThan(40);
		expect(citedByBadges).toContain('wu-2017');
		expect(citedByBadges).toContain('gibney-2010');
	});

	it.each(languages)('gives every reference a badge cites its line in %s', (lang) => {
		expect(citedByBadges.filter((id) => !referenceStudy(id, lang)?.trim())).toEqual([]);
	});

	it.each(references.filter((ref) => ref.study).map((ref) => [ref.id, ref.study!] as const))(
		'%s: one short line, translated, with the same numbers in both languages',
		(_id, study) => {
			for (const lang of languages) {
				expect(study[lang].length).toBeLessThanOrEqual(70);
				expect(study[lang]).not.toMatch(/[.\n]$/);
			}
			expect(study.fr).not.toBe(study.en);
			expect(numbers(study.fr)).toEqual(numbers(study.en));
		}
	);

	it('reaches the browser as the build hands it over (vite.config.ts), nothing more', () => {
		expect(referenceStudy('wu-2017', 'fr')).toBe('Essai randomisé, 60 poignets');
		expect(referenceStudy('wu-2017', 'en')).toBe('Randomised trial, 60 wrists');
		expect(referenceStudy('nobody-1999', 'en')).toBeUndefined();
	});
});
