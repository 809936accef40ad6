import { format } from '$lib/i18n/format';
import type { PlayerMessages } from './messages';
import { isShown, type Control, type ParamValues } from './parameters';
import type { SceneClaim, SceneWords } from './scene';

// What a presented figure's caption says beyond its words: where the step stands, and the claims it shows.

/** "Step 2 of 6": always on screen while presenting, where the bar's dots fade with the bar, and in a narrow
 * figure, whose bar may be screens away from the words at 400 % zoom (player.css) */
export const presentedStep = (m: PlayerMessages, index: number, total: number) =>
	format(m.presentStepOf, { n: index + 1, total });

/** A claim the figure shows now, as a presentation names it beside its evidence badge. */
export interface PresentedClaim {
	claim: SceneClaim;
	/** its short name: the note's label, or what the switched-on layer shows (`params.<key>.shown`) */
	text: string;
}

/**
 * The claims a presented figure shows now, whose settings are hidden while it is presented (player.css): each
 * note that carries a claim, each claim layer switched on, and, given a `lead` (the scene's patientClaim, in a
 * consultation), always the idea the figure illustrates, its layer on or off. Every claim keeps its evidence
 * label on screen: a figure of established physiology, shown to a patient about an injection, says that the
 * injection's part in it is unproven (clinician review, stop 61: the patient's copy of a consultation said so,
 * the projected one did not). Presented alone from its own page, a figure keeps its drawing's room: the line
 * would cost the pump and the cushion the presentation's size rule at 1280 × 800 and 1920 × 1080.
 */
export function presentedClaims(
	controls: readonly Control[],
	claims: readonly SceneClaim[],
	params: Readonly<ParamValues>,
	words: SceneWords,
	lead?: string
): PresentedClaim[] {
	return controls.flatMap((control) => {
		if (control.kind !== 'note' && control.kind !== 'claim') return [];
		const shown = isShown(control, params) && (control.kind === 'note' || params[control.key] === true);
		const isLead = lead !== undefined && control.claim === lead;
		if (!shown && !isLead) return [];
		const claim = claims.find((each) => each.id === control.claim);
		const named = words.params[control.key];
		return claim ? [{ claim, text: named?.shown ?? named?.label ?? claim.id }] : [];
	});
}
