/**
 * The id of every scene: the name of its folder under src/lib/scenes/ (each has a steps.json, a few bytes,
 * read here). Light enough for every page's first download: the address matcher needs it. The order is the
 * order the figures teach in; a new scene comes after these.
 */
const folders = Object.keys(import.meta.glob('./*/steps.json', { eager: true }));

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
