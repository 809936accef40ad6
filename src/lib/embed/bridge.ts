import type { PlayerView } from '$lib/player/player.svelte';
import { commandFrom, type HeightAnnouncement, type StepAnnouncement } from './protocol';

/** The live player's moves, where it has them (a still player has none): an animated passage to a step. */
type Moves = Partial<{ goTo(i: number): void; play(): void; pause(): void }>;

/** The page holding this figure's <iframe>, or null when the figure is not in a frame. */
export function parentWindow(): Window | null {
	return window.parent && window.parent !== window ? window.parent : null;
}

/**
 * Tells the parent page something. Its origin is anyone's (an embed lives on other sites), and nothing said
 * is private (which step of a public figure is shown), so the target origin is '*'.
 */
export function tellParent(message: StepAnnouncement | HeightAnnouncement) {
	parentWindow()?.postMessage(message, '*');
}

/**
 * Obeys the commands of the page holding the frame (only that page: a message from any other window is
 * ignored, as is one this figure does not understand). Returns what stops listening.
 */
export function obeyParent(player: PlayerView): () => void {
	const ids = player.steps.map((step) => step.id);
	const moves = player as PlayerView & Moves;
	const onmessage = (event: MessageEvent) => {
		if (event.source === null || event.source !== parentWindow()) return;
		const command = commandFrom(event.data, ids);
		if (!command) return;
		if (command.type === 'play' && !player.playing) (moves.play ?? player.toggle).call(player);
		else if (command.type === 'pause' && player.playing) (moves.pause ?? player.toggle).call(player);
		else if (command.type === 'next') player.next();
		else if (command.type === 'previous') player.previous();
		else if (command.type === 'goto') (moves.goTo ?? player.seek).call(player, command.index);
	};
	window.addEventListener('message', onmessage);
	return () => window.removeEventListener('message', onmessage);
}
