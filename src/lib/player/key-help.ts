import type { PlayerAction } from './keys';

/** What the key list names: the actions, and Escape, which leaves the presentation. */
export type KeyHelpAction = PlayerAction | 'leave';

/**
 * The keys listed by the "?" help (keys.ts says what each does), in the order shown, by `KeyboardEvent.key`
 * (KeyHelp names them). Apart from keys.ts, which a page loads before its figure wakes: the list comes with
 * the figure, and weighs nothing on the page's first load.
 */
export const keyHelp: readonly { keys: readonly string[]; action: KeyHelpAction }[] = [
	{ keys: [' ', 'K'], action: 'toggle' },
	{ keys: ['→', 'PageDown'], action: 'next' },
	{ keys: ['←', 'PageUp'], action: 'previous' },
	{ keys: ['Home'], action: 'restart' },
	{ keys: ['End'], action: 'end' },
	{ keys: ['F'], action: 'present' },
	{ keys: ['F5', 'Shift+F5'], action: 'start' },
	{ keys: ['Escape'], action: 'leave' },
	{ keys: ['B', '.'], action: 'black' },
	{ keys: ['W'], action: 'white' },
	{ keys: ['?'], action: 'help' }
];
