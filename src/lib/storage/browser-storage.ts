/**
 * This browser's localStorage, or undefined where it is refused. Reading the property itself throws a
 * SecurityError when a browser blocks site data (Safari and Chrome with cookies blocked, some embedded
 * frames), so a default parameter `= globalThis.localStorage` threw before any try could catch it.
 */
export function browserStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/**
 * This tab's sessionStorage, or undefined where it is refused (the same SecurityError): what is kept for a
 * reload and gone with the tab, never for the next person at a shared computer (the lab's runs, predictions).
 */
export function tabStorage(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}
