import { describe, expect, it } from 'vitest';
import { looksLikeValue, MAX_QUOTABLE, quotedValue } from '$lib/address/quotable';

// A note quotes back only what an address gave that looks like a value (privacy review D2: a crafted link
// put "APPOINTMENT CANCELLED. Call 0900 …" on the hospital's page); anything else is named by its kind.
describe('what of an address looks like a value a note may quote', () => {
	it.each([
		['a figure id', 'trpv1', true],
		['a step id', 'at-rest', true],
		['a key', 'glucose_mM', true],
		['a decimal point', '5.5', true],
		['a decimal comma', '3,5', true],
		['signs', '+2', true],
		['a true minus', '−70', true],
		['a percentage', '10%', true],
		['accented letters', 'étape', true],
		['decomposed accents, as composed', 'e\u0301tape', true],
		['exactly the longest', 'x'.repeat(MAX_QUOTABLE), true],
		['a word alone', 'CANCELLED.', true],
		// what a reader mistypes is quoted back, so they can see what to mend (regress7 D2)
		['letters', 'abc', true],
		['a decimal comma alone', '1,5', true],
		['a fraction', '0.5', true],
		['a percent', '60%', true],
		['a minus', '−3', true],
		['a number and its unit', '12mM', true],
		['a mistyped figure id', 'k2pp', true],
		['a decimal then a unit', '0.5mM', true],
		['a negative decimal', '-12.5', true],
		['a range', '1-100', true],
		['seven digits', '1000000', true],
		['nothing', '', false],
		['one past the longest', 'x'.repeat(MAX_QUOTABLE + 1), false],
		['a sentence', 'APPOINTMENT CANCELLED.', false],
		['a phone number with spaces', '0900 123 4567', false],
		['a space at an end', 'trpv1 ', false],
		['a tab', 'a\tb', false],
		['a no-break space', 'a\u00a0b', false],
		['a web address', 'http://evil.example', false],
		// a bare domain is a web address too: a crafted link's "call us at refund-nhs.com" (regress7 D2)
		['a short domain', 'x.fr', false],
		['a hyphenated domain', 'refund-nhs.com', false],
		['a www domain', 'www.a.b', false],
		['a domain with capitals', 'CallUs.refund.uk', false],
		['a domain with a digit', 'a1.com', false],
		['a French domain', 'remboursez.fr', false],
		// a crafted link's phone number or net address, however it is joined (regress D4)
		['a phone number with hyphens', 'appelez-0800-12-34-56', false],
		['a phone number with dots', '01.23.45.67.89', false],
		['a phone number in one run', '0800123456', false],
		['an IP address', '185.12.64.3', false],
		['a slash', 'a/b', false],
		['markup', '<img>', false],
		['a placeholder', '{parts}', false],
		['a colon', 'trpv1:nope', false],
		['an equals sign', 'a=1', false],
		['an exclamation mark', 'now!', false],
		['quotes', '“a”', false],
		['an apostrophe', 'l’étape', false],
		['a Cyrillic letter that looks Latin', 'trр', false],
		['a right-to-left letter', 'א', false],
		['a direction override', '\u202eabc', false],
		['an invisible character', 'a\u200bb', false],
		['a control character', 'a\u0000b', false],
		['an emoji', '😀', false],
		['digits of another script', '٣', false]
	])('%s (%j): %s', (_case, text, expected) => {
		expect(looksLikeValue(text)).toBe(expected);
		expect(quotedValue(text) !== null).toBe(expected);
	});

	it('quotes a value as it is, composed', () => {
		expect(quotedValue('at-rest')).toBe('at-rest');
		expect(quotedValue('e\u0301tape')).toBe('étape');
		expect(quotedValue('Call 0900')).toBeNull();
	});
});
