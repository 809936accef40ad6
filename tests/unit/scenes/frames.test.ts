import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '$lib/i18n/messages';
import { injectSceneFrames, injectSceneThumbs } from '$lib/scenes/frames.server';
import { isWellFormedSceneId, sceneIds } from '$lib/scenes/ids';

// A scene's id is its folder's name, and one rule says which names are ids (sceneIdPattern): the pages'
// first frames and thumbnails are found with it, so a folder that breaks it must fail loudly, not ship a
// figure with no first frame.
const thumb = (id: string) => `<div class="scene-thumb-slot" data-scene="${id}" data-lang="en"></div>`;
const frame = (id: string) =>
	`<div class="scene-static" data-scene="${id}" data-step="" data-lang="en" data-compact="false"></div>`;

describe('a scene’s id', () => {
	// the site's words, as a page has them (a claim's badge among a figure's controls)
	beforeAll(() => loadMessages('en'));

	it.each([
		['needle-depth', true],
		['k2p', true],
		['osmosis2', true],
		['osmosis_v2', false],
		['Osmosis', false],
		['osmosis-', false],
		['-osmosis', false],
		['osmosis--v2', false],
		['', false]
	])('"%s" is well formed: %s', (id, expected) => {
		expect(isWellFormedSceneId(id)).toBe(expected);
	});

	it.each(sceneIds)('%s gets its first frame and its thumbnail written into its slots', async (id) => {
		expect(await injectSceneFrames(frame(id))).toMatch(/<svg/);
		expect(injectSceneThumbs(thumb(id))).toMatch(/<svg/);
	});

	it.each(['osmosis_v2', 'Osmosis'])(
		'stops the build on a slot for "%s", naming its folder, instead of leaving it empty',
		async (id) => {
			expect(() => injectSceneThumbs(thumb(id))).toThrow(`src/lib/scenes/${id}/`);
			await expect(injectSceneFrames(frame(id))).rejects.toThrow(/sceneIdPattern/);
		}
	);
});
