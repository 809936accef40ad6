import { sequenceHost } from '$lib/address/figure-context';
import { actionFor, clickerActionFor, type PlayerAction } from './keys';
import { reachesFigure } from './reaches-figure';
import type { PlayerView } from './player.svelte';
import type { Presenter } from './presenter.svelte';

/** What a figure's keys act on: its shell (SceneView) hands them over, read when a key comes. */
export interface SceneKeyTarget {
	/** the figure's group, which a click gives the focus to */
	root: () => HTMLElement;
	/** in an article, where keys work only with the focus in the figure (see `engage`) */
	engages: () => boolean;
	/** the player (a prop of the shell: read when a key comes) */
	player: () => Pick<
		PlayerView,
		'steps' | 'destination' | 'playing' | 'toggle' | 'next' | 'previous' | 'restart' | 'toEnd'
	>;
	presenter: Pick<Presenter, 'active' | 'blank' | 'toggle' | 'blankTo'>;
	toggleHelp: () => void;
}

/**
 * A figure's keys (keys.ts says which key does what): `perform` an action, the group's `onkeydown`, and, in
 * an article, `engage`: a click or tap on the figure (not on one of its controls) gives it the focus, so that
 * a clicker's PageDown steps the figure instead of scrolling the page; Escape gives the keys back (`release`).
 */
export function sceneKeys(target: SceneKeyTarget) {
	const { presenter } = target;
	const sequence = sequenceHost();
	// on the patient's page (a shared link) the clinician's keys do nothing: no presentation, blank screen or
	// key list, whose buttons are not there either (PlayerControls)
	const patient = sequence?.patient() ?? false;
	const clinicians: readonly PlayerAction[] = ['present', 'start', 'black', 'white', 'help'];
	/** the figure has handed over to another of its sequence: keys still held for it (`perform`) are not its */
	let passed = false;

	/**
	 * A step on (1) or back (-1); in a sequence, past the figure's last step (first, going back) it opens the
	 * next figure (previous). The sequence passes on a key once that step is shown (Consultation); a press
	 * that comes while the figure is still on its way there passes too, rather than being lost on a step
	 * that is already coming.
	 */
	function step(player: ReturnType<SceneKeyTarget['player']>, direction: 1 | -1) {
		const end = direction === 1 ? player.steps.length - 1 : 0;
		if (sequence && player.destination === end && sequence.neighbour(direction) !== null) {
			passed = true;
			sequence.pass(direction);
		} else if (direction === 1) player.next();
		else player.previous();
	}

	function perform(action: PlayerAction) {
		if (passed || (patient && clinicians.includes(action))) return;
		const player = target.player();
		if (action === 'toggle') player.toggle();
		else if (action === 'next') step(player, 1);
		else if (action === 'previous') step(player, -1);
		else if (action === 'restart') player.restart();
		else if (action === 'end') player.toEnd();
		else if (action === 'present') presenter.toggle(target.root());
		// a clicker's F5 pressed again while presenting (its start button twice) keeps presenting
		else if (action === 'start') {
			if (!presenter.active) presenter.toggle(target.root());
		} else if (action === 'black' || action === 'white') presenter.blankTo(action, player);
		else target.toggleHelp();
	}

	/**
	 * Engaged by a touch: the figure takes the keys (a clicker paired with a tablet steps it) but does not say
	 * so over its drawing, as a tablet held in the hand has no keys to give back. Its first key says it again.
	 */
	let touched = $state(false);
	function engage(event: PointerEvent) {
		if (!target.engages()) return;
		retake();
		touched = event.pointerType === 'touch';
		const clicked = event.target as Element;
		if (clicked.closest('button, a, input, select, textarea, label, summary, dialog')) return;
		target.root().focus({ preventScroll: true });
	}

	/**
	 * Escape in an engaged figure (not in one of its dialogs) gives the keys back to the page, and leaves the
	 * focus where it is: a screen reader keeps its place, and Tab goes on from there. The figure takes the
	 * keys again when it is clicked or the focus moves within it (`engage`, `retake`).
	 */
	let released = $state(false);
	function release(event: KeyboardEvent): boolean {
		if (!target.engages() || event.key !== 'Escape') return false;
		if ((event.target as Element).closest('dialog')) return false;
		released = true;
		return true;
	}
	/** the focus moved within the figure: a reader working its controls again, so it has the keys */
	function retake() {
		released = false;
	}

	function onkeydown(event: KeyboardEvent) {
		touched = false;
		if (presenter.active || presenter.blank) return; // the presenter has them (presenter.listen)
		if (release(event) || released) return;
		// a letter typed on a link or a button of the page is that control's (WCAG 2.1.4); on a consultation's
		// page a clicker's F5 is the figure's wherever Page Down is (reaches-figure.ts)
		if (!reachesFigure(event, target.root(), Boolean(sequence) && !patient)) return;
		const action = actionFor(event) ?? clickerActionFor(event);
		// the patient's page has no presentation: F5 reloads it, as anywhere else
		if (!action || (patient && clinicians.includes(action))) return;
		event.preventDefault();
		perform(action);
	}

	return {
		perform,
		engage,
		retake,
		onkeydown,
		/** the figure does not say it has the keys: Escape gave them back, or a touch engaged it (`engage`) */
		get unsaid() {
			return released || touched;
		}
	};
}
