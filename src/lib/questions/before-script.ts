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

/** What the live questions take over from the still page (see `readBeforeScript`). */
export interface Adopted {
	/** question id → the option chosen, when it is one of the question's own */
	chosen: Record<string, string>;
	/** the predictions checked there: an answer opened with a prediction chosen counts as checking it */
	answered: Record<string, string>;
	/** answers opened without a prediction: said to have been seen first */
	seenFirst: Record<string, boolean>;
	/**
	 * the question whose case the figure (or the lab) is to show as the script starts: the last one, in the
	 * page's order, checked there. Its answer says what the figure shows; on the still page nothing could
	 * show it (a student's review, stop 59, D3). The page keeps no order of the checks: the last one down
	 * the page is the likeliest last read.
	 */
	toShow: string | null;
}

export function adoptBeforeScript(
	before: BeforeScript,
	questions: readonly { id: string; options: readonly { id: string }[] }[]
): Adopted {
	const adopted: Adopted = { chosen: {}, answered: {}, seenFirst: {}, toShow: null };
	for (const question of questions) {
		const option = before.chosen[question.id];
		const valid = option !== undefined && question.options.some((o) => o.id === option);
		if (valid) adopted.chosen[question.id] = option;
		if (!before.opened.has(question.id)) continue;
		if (!valid) adopted.seenFirst[question.id] = true;
		else {
			adopted.answered[question.id] = option;
			adopted.toShow = question.id;
		}
	}
	return adopted;
}
