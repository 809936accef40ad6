/**
 * The messages an embedded figure (/{lang}/embed/{scene}/) exchanges with the page that holds its <iframe>,
 * through window.postMessage. Plain objects, the same for every scene; the README documents them.
 *
 * The parent sends commands:
 *   { type: 'play' } · { type: 'pause' } · { type: 'next' } · { type: 'previous' }
 *   { type: 'goto', step: 'sensitised' } (a step's id) or { type: 'goto', index: 2 } (counted from 0)
 * The figure announces:
 *   { type: 'ready', scene, step, index, steps } once it is alive (steps: every step's id, in order)
 *   { type: 'stepchange', scene, step, index } each time the step shown changes
 *   { type: 'height', scene, height } the height its page needs, CSS px, whenever it changes (the snippet's
 *   script gives the frame that height)
 * Anything else (another type, a missing or malformed field, an unknown step) is ignored.
 */
export type EmbedCommand =
	| { type: 'play' }
	| { type: 'pause' }
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'goto'; index: number };

export interface StepAnnouncement {
	type: 'ready' | 'stepchange';
	scene: string;
	step: string;
	index: number;
	steps?: string[];
}

export interface HeightAnnouncement {
	type: 'height';
	scene: string;
	height: number;
}

const simple = new Set(['play', 'pause', 'next', 'previous']);

/**
 * A command from the parent, with a step asked by id resolved to its index; null for anything this figure
 * does not understand. An index out of range goes to the nearest step, as ?step= does; one that is not a
 * whole finite number is not understood.
 */
export function commandFrom(data: unknown, stepIds: readonly string[]): EmbedCommand | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const { type, step, index } = data as Record<string, unknown>;
	if (typeof type !== 'string') return null;
	if (simple.has(type)) return { type } as EmbedCommand;
	if (type !== 'goto' || stepIds.length === 0) return null;
	if (typeof step === 'string') {
		const found = stepIds.indexOf(step.trim().toLowerCase());
		return found >= 0 ? { type: 'goto', index: found } : null;
	}
	if (typeof index === 'number' && Number.isInteger(index))
		return { type: 'goto', index: Math.min(stepIds.length - 1, Math.max(0, index)) };
	return null;
}

/** What the figure tells its parent about the step it shows. */
export function announcement(
	type: StepAnnouncement['type'],
	scene: string,
	stepIds: readonly string[],
	index: number
): StepAnnouncement {
	const safe = Math.min(stepIds.length - 1, Math.max(0, Number.isInteger(index) ? index : 0));
	const message: StepAnnouncement = { type, scene, step: stepIds[safe] ?? '', index: safe };
	if (type === 'ready') message.steps = [...stepIds];
	return message;
}
