/**
 * The id of every scene: the name of its folder under src/lib/scenes/ (each has a steps.json, a few bytes,
 * read here). Light enough for every page's first download: the address matcher needs it. The order is the
 * order the figures teach in; a new scene comes after these.
 */
const folders = Object.keys(import.meta.glob('./*/steps.json', { eager: true }));

/**
 * What a scene's id, its folder's name, may be: lower-case letters and digits, words joined by single
 * hyphens ("needle-depth"; not "needle_depth" nor "NeedleDepth"). The prerendered first frames and
 * thumbnails find their slots with it (frames.server.ts); tests/unit/scenes/contract.test.ts names a folder
 * that breaks it. Unanchored, to be part of a larger pattern: `isWellFormedSceneId` tests a whole id.
 */
export const sceneIdPattern = /[a-z0-9]+(?:-[a-z0-9]+)*/;
const wholeId = new RegExp(`^(?:${sceneIdPattern.source})$`);
export const isWellFormedSceneId = (id: string): boolean => wholeId.test(id);

const teachingOrder = ['trpv1', 'k2p', 'pump', 'hydrodissection', 'needle-depth', 'cushion'];
const rank = (id: string) => {
	const i = teachingOrder.indexOf(id);
	return i < 0 ? teachingOrder.length : i;
};

/** "./k2p/steps.json" → "k2p" */
export const sceneIds: readonly string[] = folders
	.map((path) => path.split('/')[1]!)
	.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

export function isSceneId(value: unknown): value is string {
	return typeof value === 'string' && sceneIds.includes(value);
}
