/** Fields whose value is their text, not a fixed value attribute (checkbox, radio…) or a file list. */
const TEXT_LIKE =
	'input:not([type="checkbox"], [type="radio"], [type="file"], [type="hidden"], [type="button"], [type="submit"], [type="reset"], [type="image"])';

/**
 * Marks each of an island's fields as edited before Svelte hydrates it, so that the reader's caret and
 * selection survive. As it hydrates, Svelte takes a field's prerendered `value` attribute off and writes its
 * value back; a field never typed in follows that attribute, so its text went blank for an instant and was
 * written again, which throws the caret to the end: a reader who had just selected the dose calculator's
 * "20" to replace it typed "100" after it ("20100"). A field given its own value is marked edited without its
 * caret moving (HTML moves the caret only when the value changes), and keeps its text when the attribute goes.
 * Its default value is untouched: what an island reads as "changed before it started" (the lab's
 * early-values.ts) is unchanged.
 */
export function keepTypedFields(island: ParentNode): void {
	for (const field of island.querySelectorAll<HTMLInputElement>(TEXT_LIKE)) {
		const { value } = field;
		field.value = value;
	}
}
