import { describe, expect, it } from 'vitest';
import { keepTypedFields } from '$lib/islands/keep-typed-fields';

// What Svelte does to a prerendered field as it hydrates: takes its value attribute off, writes its value back.
function hydrateField(field: HTMLInputElement) {
	const { value } = field;
	field.removeAttribute('value');
	field.value = value;
}

describe('the fields of an island about to start', () => {
	it('keep the selection a reader made in an untouched field, and its text', () => {
		document.body.innerHTML = '<div><input value="20"></div>';
		const field = document.querySelector('input')!;
		field.focus();
		field.select();
		keepTypedFields(document.body);
		// what an island reads as "changed before it started" is unchanged
		expect(field.value).toBe(field.defaultValue);
		hydrateField(field);
		expect([field.value, field.selectionStart, field.selectionEnd]).toEqual(['20', 0, 2]);
	});

	it('keep a caret placed inside the text', () => {
		document.body.innerHTML = '<input value="2,5">';
		const field = document.querySelector('input')!;
		field.focus();
		field.setSelectionRange(1, 1);
		keepTypedFields(document.body);
		hydrateField(field);
		expect([field.selectionStart, field.selectionEnd]).toEqual([1, 1]);
	});

	it('leave checkboxes and radios as they are: their value is a label, not text', () => {
		document.body.innerHTML = '<input type="checkbox"><input type="radio" value="a">';
		keepTypedFields(document.body);
		const [box, radio] = document.querySelectorAll('input');
		expect([box!.hasAttribute('value'), radio!.getAttribute('value')]).toEqual([false, 'a']);
	});
});
