/**
 * Opening and closing a <dialog> in any browser. `showModal` came with Safari 15.4 and Firefox 98; a browser
 * before them would throw, and the Share or keys button would do nothing. There the dialog opens in place,
 * without the modal's backdrop and focus trap (global.css hides a dialog that is not open, which such a
 * browser does not know to do).
 */
export function openModal(dialog: HTMLDialogElement): void {
	if (typeof dialog.showModal === 'function') dialog.showModal();
	else dialog.setAttribute('open', '');
	// showModal focuses the dialog's first control (the keys' Close button, the Share address) and scrolls a
	// dialog taller than the window to it: at 400 % zoom the reader saw its end, not its heading. It opens
	// at its top; the focus stays where it was put, one Tab or scroll away.
	dialog.scrollTop = 0;
}

export function closeModal(dialog: HTMLDialogElement): void {
	if (typeof dialog.close === 'function') dialog.close();
	else dialog.removeAttribute('open');
}

/** Whether the dialog is open, read from its attribute, which both kinds of browser keep. */
export const isOpen = (dialog: HTMLDialogElement) => dialog.hasAttribute('open');
