import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { LabController } from '$lib/lab/lab.svelte';
import ValueField from '$lib/lab/ValueField.svelte';
import { labCatalogue } from '$lib/lab/words';

// A value typed out of range, as a student on a phone types it: the note that says what was used stands
// under the field, tied to it for a screen reader, and goes once a good value is typed.
describe('a lab field', () => {
	it('says under the field, and to a screen reader on it, what it did with a value out of range', async () => {
		const lab = new LabController();
		render(ValueField, { lab, key: 'Ko', m: labCatalogue.en, lang: 'en' });
		const field = screen.getByRole('textbox', { name: 'K⁺ outside, typed value' });
		expect(field).not.toHaveAttribute('aria-describedby');

		await fireEvent.change(field, { target: { value: '99999' } });
		const described = field.getAttribute('aria-describedby');
		expect(described).toBeTruthy();
		const note = document.getElementById(described!)!;
		expect(note.textContent).toContain('99999');
		expect(field.closest('.value-field')!.contains(note)).toBe(true);
		expect(field).toHaveAttribute('aria-invalid', 'true');

		await fireEvent.change(field, { target: { value: '5' } });
		expect(field).not.toHaveAttribute('aria-describedby');
		expect(document.querySelector('.field-note')).toBeNull();
	});

	it('drops the note once the student types again, even when the corrected text is the value the field shows', async () => {
		const lab = new LabController();
		render(ValueField, { lab, key: 'Ko', m: labCatalogue.en, lang: 'en' });
		const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'K⁺ outside, typed value' });
		await fireEvent.change(field, { target: { value: 'abc' } });
		expect(field).toHaveAttribute('aria-invalid', 'true');
		// the field now shows the 5 mM used; typing "5" over it changes nothing, so no change event comes
		expect(field.value).toBe('5');
		await fireEvent.input(field, { target: { value: '5' } });
		expect(field).not.toHaveAttribute('aria-invalid');
		expect(document.querySelector('.field-note')).toBeNull();
		expect(lab.notes).toEqual([]);
	});

	it('shows no note for another value’s mistake', async () => {
		const lab = new LabController();
		render(ValueField, { lab, key: 'Ki', m: labCatalogue.en, lang: 'en' });
		lab.setValue('Ko', 99999, '99999');
		await Promise.resolve();
		expect(document.querySelector('.field-note')).toBeNull();
	});
});
