import type { ParamValue } from './parameters';

/**
 * A way into a live figure from elsewhere on its page: a question below the figure asks it to show the
 * answer ("go to the step where K⁺ has left, with every K2P channel open").
 *
 *     showInScene('k2p', { step: 'hyperpolarised', params: { openFraction: 1 } });
 *
 * The live figure of that scene (LiveScene) goes to the step, in motion unless motion is reduced, and takes
 * the parameters over their defaults: the case asked about, whatever the reader had set before. Its usual
 * path then writes the new state into the address (address/figure-state.ts), as any change the reader
 * makes does. A request made before the figure has woken is kept, and the figure opens on it when it wakes.
 * Step ids and parameter values are checked where they are used: an unknown step is ignored, a value out of
 * range is made valid by the shell (parameters.ts, safeValue), so a request can never break a figure.
 *
 * Per page and in the browser only: nothing here is sent anywhere or kept after the page is left.
 */
export interface ShowRequest {
	/** a step id of the scene (steps.json); absent: the step stays */
	step?: string;
	/** parameter values by key, over the scene's defaults; absent: the parameters stay as they are */
	params?: Readonly<Record<string, ParamValue>>;
}

type Listener = (request: ShowRequest) => void;

const listeners = new Map<string, Set<Listener>>();
const waiting = new Map<string, ShowRequest>();

/**
 * Asks the live figure of `sceneId` to show a step and parameters. True when a live figure took it; false
 * when none is awake yet, in which case the request waits for the next figure of that scene to wake (a later
 * request replaces it).
 */
export function showInScene(sceneId: string, request: ShowRequest): boolean {
	const heard = listeners.get(sceneId);
	if (!heard?.size) {
		waiting.set(sceneId, request);
		return false;
	}
	for (const listener of heard) listener(request);
	return true;
}

/**
 * For the shell: the request made for `sceneId` before its figure woke, if any, taken (it is handed over
 * once). A figure opens on it.
 */
export function takeWaitingRequest(sceneId: string): ShowRequest | null {
	const request = waiting.get(sceneId) ?? null;
	waiting.delete(sceneId);
	return request;
}

/** For the shell: hears the requests made for `sceneId` while its figure is alive; returns how to stop. */
export function listenForShow(sceneId: string, listener: Listener): () => void {
	const heard = listeners.get(sceneId) ?? new Set<Listener>();
	listeners.set(sceneId, heard);
	heard.add(listener);
	return () => {
		heard.delete(listener);
		if (!heard.size) listeners.delete(sceneId);
	};
}
