import { clampT, stepIndexAt, type Step } from './steps';

export type Speed = 'normal' | 'slow';

/** What the controls read and call: a live Player, or a still one drawn in a prerendered frame. */
export interface PlayerView {
	readonly steps: readonly Step[];
	readonly t: number;
	readonly index: number;
	/**
	 * the step it is at or on its way to, as its ◀ ▶ buttons count: the one a passage heads for, the next
	 * one while playing between two steps, else the one shown
	 */
	readonly destination: number;
	readonly atStart: boolean;
	readonly atEnd: boolean;
	readonly playing: boolean;
	/** playing, or on its way to a step */
	readonly moving: boolean;
	readonly speed: Speed;
	readonly reducedMotion: boolean;
	/** the step shown was chosen by the text beside the figure, not by the reader: it is not spoken */
	readonly following: boolean;
	/** on a quiet passage (a question's answer, a clicker's quick presses): only the step it lands on is spoken */
	readonly passing: boolean;
	/** the reader acts on the figure without moving it (a parameter): what it shows is spoken again */
	takeOver(): void;
	next(): void;
	previous(): void;
	toggle(): void;
	restart(): void;
	/** to the last step, at once */
	toEnd(): void;
	seek(t: number): void;
	setSpeed(speed: Speed): void;
	setReducedMotion(reduced: boolean): void;
}

/** A player that never moves: the controls of a prerendered frame, drawn but not yet alive. */
export function stillPlayer(steps: readonly Step[], index: number): PlayerView {
	const t = clampT(index, steps.length);
	const nothing = () => {};
	return {
		steps,
		t,
		index: stepIndexAt(t, steps.length),
		destination: stepIndexAt(t, steps.length),
		atStart: t <= 0,
		atEnd: t >= steps.length - 1,
		playing: false,
		moving: false,
		speed: 'normal',
		reducedMotion: false,
		following: false,
		passing: false,
		takeOver: nothing,
		next: nothing,
		previous: nothing,
		toggle: nothing,
		restart: nothing,
		toEnd: nothing,
		seek: nothing,
		setSpeed: nothing,
		setReducedMotion: nothing
	};
}

/**
 * The step a reader has asked for: where a ◀ ▶ passage (a clicker's press) is heading, else the step shown.
 * The address and Share say it at the press, not a second later when the drawing gets there: a reload
 * straight after opens where it was going. Playing, it is the step shown (the next one is not chosen yet).
 */
export const stepAsked = (player: Pick<PlayerView, 'playing' | 'index' | 'destination'>): number =>
	player.playing ? player.index : player.destination;
