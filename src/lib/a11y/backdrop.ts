/**
 * A tap or click on a modal dialog's backdrop closes it, as an iPad's sheets and the site's evidence sheets
 * do: only Close did, and a finger tapped the grey around the dialog in vain. The backdrop's click reaches
 * the dialog itself, outside its box; a press begun inside it (a selection dragged out) is no tap outside.
 * Spread on the <dialog>: `<dialog {...closesOnBackdrop(close)}>`.
 */
export function closesOnBackdrop(close: () => void) {
	let pressedOutside = false;
	const outside = (event: MouseEvent) => {
		const dialog = event.currentTarget as HTMLElement;
		if (event.target !== dialog) return false;
		const box = dialog.getBoundingClientRect();
		const { clientX: x, clientY: y } = event;
		return x < box.left || x > box.right || y < box.top || y > box.bottom;
	};
	return {
		onpointerdown: (event: PointerEvent) => (pressedOutside = outside(event)),
		onclick: (event: MouseEvent) => {
			if (pressedOutside && outside(event)) close();
			pressedOutside = false;
		}
	};
}
