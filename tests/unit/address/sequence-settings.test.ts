import { describe, expect, it } from 'vitest';
import { sceneSteps } from '$lib/address/scene-steps';
import { readConsultation } from '$lib/address/sequence';
import { quotedUnread } from '$lib/address/sequence-quotes';
import { sceneSettings } from '$lib/consultation/scene-settings.server';

// A setting a figure does not have was dropped with no word and kept in the mended address: the items read
// now carry only the figure's own keys, spelt as it spells them, and each other one is named.
const read = (s: string) => readConsultation(`?s=${s}`, sceneSteps, { settings: sceneSettings() });

describe('the settings of a consultation’s figures, checked against each figure’s keys', () => {
	it('lists each figure’s parameter keys, and no control that is only words', () => {
		expect(sceneSettings().k2p).toEqual(['openFraction', 'showHypothesis']);
		expect(sceneSettings().trpv1).not.toContain('touchNote');
	});

	it.each([
		['the figure’s own spelling', 'k2p:openFraction=0.2', { openFraction: '0.2' }, []],
		['other capitals', 'k2p:openfraction=0.2', { openFraction: '0.2' }, []],
		['a key of another figure', 'trpv1:glucose_mM=0', undefined, ['trpv1:glucose_mM=0']],
		['a known key and an unknown one', 'k2p:OPENFRACTION=0.2:nope=1', { openFraction: '0.2' }, ['k2p:nope=1']]
	])('reads %s', (_case, s, params, unread) => {
		const opened = read(s);
		expect(opened.items[0]!.params).toEqual(params);
		expect(opened.unread).toEqual(unread.map((text) => ({ kind: 'setting', text })));
	});

	// a link pasted into another gave a figure one setting twice: it opened with the first, and no word said the
	// second was not used, so the clinician could not tell which temperature the figure showed
	it('reads the first of a setting given twice, and names the other when it differs', () => {
		const twice = read('k2p:openfraction=0.2:openFraction=0.5,trpv1:heat_C=45:HEAT_C=45');
		expect(twice.items.map((item) => item.params)).toEqual([{ openFraction: '0.2' }, { heat_C: '45' }]);
		// the same value again changes nothing, and is not named
		expect(twice.unread).toEqual([{ kind: 'repeat', text: 'k2p:openFraction=0.5' }]);
	});

	it('names each unknown setting, and reads the others, across figures', () => {
		expect(read('trpv1:glucose_mM=0,k2p:openfraction=0.2')).toMatchObject({
			items: [
				{ scene: 'trpv1', step: null },
				{ scene: 'k2p', params: { openFraction: '0.2' } }
			],
			unread: [{ kind: 'setting', text: 'trpv1:glucose_mM=0' }]
		});
	});

	// a key longer than a value looks (quotable.ts) is named by its kind, not quoted
	it('names a long unknown setting without quoting it', () => {
		const [note] = read(`k2p:${'x'.repeat(30)}=${'1'.repeat(16)}`).unread.map(quotedUnread);
		expect(note).toEqual({ kind: 'setting', text: null });
	});

	// a setting not written as key=value was dropped with no word: the clinician could not tell why the figure
	// opened otherwise than the link meant
	it.each([
		// "!" is not a character of a value (quotable.ts): named by its kind, not quoted
		['a value with a character no setting has', 'pump:glucose_mM=3!5', null],
		['no value', 'pump:glucose_mM=', 'pump:glucose_mM='],
		['no key', 'pump:=2', 'pump:=2']
	])('names a setting it cannot read: %s, and opens the figure without it', (_case, s, text) => {
		const opened = read(s);
		expect(opened.items).toEqual([{ scene: 'pump', step: null }]);
		expect(opened.unread.map(quotedUnread)).toEqual([{ kind: 'value', text }]);
	});

	it('names a key the site keeps for itself as a setting the figure does not have', () => {
		expect(read('k2p:theme=dark').unread).toEqual([{ kind: 'setting', text: 'k2p:theme=dark' }]);
	});
});
