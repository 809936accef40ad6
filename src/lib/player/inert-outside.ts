/**
 * Makes the rest of the page inert while `root` covers it (a presented figure), as a modal dialog does: the
 * page behind the figure can be neither tabbed to nor read by a screen reader. Full screen alone does not do
 * it: a consultation's Previous and Next figure buttons, under the presented figure, were still reached by
 * Tab. Every sibling of `root` and of each of its ancestors up to <body> is shut; the function returned opens
 * them again. Two presentations may overlap for a moment (a consultation's next figure opens presented while
 * the one before closes), so an element is opened only when no presentation still asks for it shut; one
 * that was already inert for another reason is left as it was.
 */
const shutBy = new Map<HTMLElement, number>();

export function inertOutside(root: Element): () => void {
	const shut: HTMLElement[] = [];
	for (let node = root; node.parentElement && node !== document.body; node = node.parentElement) {
		for (const sibling of node.parentElement.children) {
			if (sibling === node || !(sibling instanceof HTMLElement)) continue;
			const count = shutBy.get(sibling);
			if (count === undefined && sibling.inert) continue;
			shutBy.set(sibling, (count ?? 0) + 1);
			sibling.inert = true;
			shut.push(sibling);
		}
	}
	let opened = false;
	return () => {
		if (opened) return;
		opened = true;
		for (const element of shut) {
			const count = (shutBy.get(element) ?? 1) - 1;
			if (count > 0) shutBy.set(element, count);
			else {
				shutBy.delete(element);
				element.inert = false;
			}
		}
	};
}
