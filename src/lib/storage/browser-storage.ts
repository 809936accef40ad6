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
