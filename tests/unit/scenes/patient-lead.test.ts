import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/messages';
import PatientLead from '$lib/player/PatientLead.svelte';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';

// On the patient's page (a shared link) every figure opens with one plain sentence and the evidence label of
// the idea it illustrates (PatientLead). A scene without them would open bare there: this names it.
const jargon = /\bmV\b|\bmM\b|⁺|\bATP\b|TRPV1|K2P|\bNa\b|\bK\b/;

// the badge says its level in the site's words
beforeAll(() => loadMessages(...languages));

describe.each(sceneIds)('the patient’s opening of scene %s', (id) => {
	const scene = sceneOf(id);

	it('names, in scene.json, the claim its sentence ends on: one of its claims, with references', () => {
		const claim = scene.claims.find((each) => each.id === scene.patientClaim);
		expect(
			claim,
			`src/lib/scenes/${id}/scene.json: patientClaim must name one of its claims (${scene.claims.map((c) => c.id).join(', ')})`
		).toBeDefined();
		expect(claim!.refs.length, `${id}: ${claim!.id} has no references`).toBeGreaterThan(0);
	});

	it.each(languages)(
		'has, in messages/%s.json, a plain sentence under "patient", drawn with its badge',
		(lang) => {
			const words = wordsOf(id, lang);
			expect(words.patient, `src/lib/scenes/${id}/messages/${lang}.json lacks "patient"`).toBeTruthy();
			expect(words.patient, `${id} ${lang}: a patient's sentence has no units or symbols`).not.toMatch(
				jargon
			);
			const { body } = render(PatientLead, { props: { scene, words, lang } });
			expect(body).toContain('class="patient-lead');
			expect(body).toContain('data-evidence=');
		}
	);
});
