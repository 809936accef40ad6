import type { Component } from 'svelte';
import type { Lang } from '$lib/i18n/languages';

/**
 * The scenes that exist, and how to load each one's interactive code. Only this small table is in a
 * page's first download; a scene's model, drawing, player and GSAP arrive when its figure nears the screen.
 */
export interface InteractiveSceneProps {
	lang: Lang;
	/** the step id to open at (?step=…); unknown or missing opens the first step */
	startStep?: string | null;
	globalKeys?: boolean;
	/** inside a scroll story: the player without the sliders, and a link to the scene's own page */
	compact?: boolean;
}

type Loader = () => Promise<{ default: Component<InteractiveSceneProps> }>;

export const sceneLoaders = {
	trpv1: () => import('./trpv1/Trpv1Scene.svelte'),
	k2p: () => import('./k2p/K2pScene.svelte'),
	pump: () => import('./pump/PumpScene.svelte'),
	cushion: () => import('./cushion/CushionScene.svelte'),
	injection: () => import('./injection/InjectionScene.svelte')
} satisfies Record<string, Loader>;

export type SceneId = keyof typeof sceneLoaders;
export const sceneIds = Object.keys(sceneLoaders) as SceneId[];

export function isSceneId(value: unknown): value is SceneId {
	return typeof value === 'string' && Object.hasOwn(sceneLoaders, value);
}
