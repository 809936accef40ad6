import type { SequenceItem } from '$lib/address/sequence';

const sameSettings = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
	Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((key) => a[key] === b[key]);

/**
 * The sequence with its figure at `at` holding `settings`, those the figure shows now (its defaults left out):
 * a setting the clinician changed during the consultation stays with its figure, moving on and coming back,
 * in the address and a reload, and in the link and QR code shared with the patient, who then sees the numbers
 * the clinician explained (handoff64 D1). The same list when nothing changed, or no figure is at `at`.
 */
export function withShownSettings(
	items: readonly SequenceItem[],
	at: number,
	settings: Readonly<Record<string, string>> | undefined
): readonly SequenceItem[] {
	const item = items[at];
	if (!item || !settings || sameSettings(item.params ?? {}, settings)) return items;
	const { scene, step } = item;
	const shown: SequenceItem = Object.keys(settings).length
		? { scene, step, params: { ...settings } }
		: { scene, step };
	return items.map((each, i) => (i === at ? shown : each));
}
