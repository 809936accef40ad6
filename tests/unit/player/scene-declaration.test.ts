import { describe, expect, it } from 'vitest';
import { declaration } from '$lib/player/scene';

// A scene's scene.json is data a science reviewer edits by hand: JSON cannot type an evidence level or a
// layout, so declaration() reads it and stops on a slip, naming the file and the word.
const claim = { id: 'a-claim', level: 'hypothesis', refs: ['huang-2006'] };

describe('declaration(scene.json)', () => {
	it('gives back the id, layouts, claims and patient claim as they are written', () => {
		const json = {
			id: 'k2p',
			arrangements: ['portrait', 'landscape'],
			patientClaim: 'a-claim',
			claims: [
				claim,
				{ id: 'b', level: 'unsupported', refs: ['guyon-2009'], source: 'fischhoff-glucopuncture' }
			]
		};
		expect(declaration(json)).toEqual(json);
	});

	it.each(['establised', 'Established', 'proven', ''])(
		'stops on the evidence level "%s", naming the file',
		(level) => {
			expect(() => declaration({ id: 'k2p', claims: [{ ...claim, level }] })).toThrow(
				`src/lib/scenes/k2p/scene.json: unknown evidence level "${level}"`
			);
		}
	);

	it('stops on a layout that is not portrait or landscape', () => {
		expect(() => declaration({ id: 'pump', arrangements: ['landscpe'], claims: [claim] })).toThrow(
			'src/lib/scenes/pump/scene.json: unknown arrangement "landscpe"'
		);
	});

	it('leaves the layouts out when none are written (the Figure then draws portrait)', () => {
		expect(declaration({ id: 'pump', claims: [claim] }).arrangements).toBeUndefined();
	});
});
