/**
 * What a reader did with the still questions before their script came (a slow phone, a page still loading):
 * the predictions chosen and the answers opened. The still page is readable without JavaScript, so its
 * answers open as any <details> does; the live questions read that page once, as they take over, so that a
 * choice is not lost and an answer already seen is not asked again as if it had not been.
 */
export interface BeforeScript {
	/** question id → the option its radio buttons had selected */
	chosen: Record<string, string>;
	/** the questions whose answer was opened */
	opened: Set<string>;
}

export function readBeforeScript(
	scope: string,
	page: ParentNode | undefined = globalThis.document
): BeforeScript {
	const found: BeforeScript = { chosen: {}, opened: new Set() };
	const still = [...(page?.querySelectorAll<HTMLElement>('section.questions[data-questions]') ?? [])].find(
		(section) => section.dataset.questions === scope
	);
	for (const item of still?.querySelectorAll<HTMLElement>('li.question[data-question]') ?? []) {
		const id = item.dataset.question!;
		const checked = item.querySelector<HTMLInputElement>('input[type="radio"]:checked');
		if (checked) found.chosen[id] = checked.value;
		if (item.querySelector('details')?.open) found.opened.add(id);
	}
	return found;
}
