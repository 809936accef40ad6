/**
 * The phone's own share menu (the Web Share API), for an address: where the browser has one and says it can
 * share this address. A laptop's browser often has none: the dialog then offers the QR code and Copy alone.
 */
export function canSendAddress(url: string, nav: Navigator | undefined = globalThis.navigator): boolean {
	if (typeof nav?.share !== 'function') return false;
	try {
		// an older browser has share() without canShare(): it shares a URL, the one thing every version takes
		return typeof nav.canShare !== 'function' || nav.canShare({ url });
	} catch {
		return false;
	}
}

/**
 * Opens the share menu with the address. The reader closing it (AbortError), or a browser refusing it, ends
 * there: the QR code and Copy are still beside the button.
 */
export async function sendAddress(
	url: string,
	title: string,
	nav: Navigator | undefined = globalThis.navigator
): Promise<void> {
	try {
		await nav?.share({ title, url });
	} catch {
		// cancelled or refused: nothing to say, the other ways stay on screen
	}
}
