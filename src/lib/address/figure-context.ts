import { getContext, setContext } from 'svelte';
import type { Lang } from '$lib/i18n/languages';
import type { PlayerAction } from '$lib/player/keys';
import type { PlayerView } from '$lib/player/player.svelte';
import type { AnyScene } from '$lib/player/scene';

/**
 * What a live figure tells the controls drawn inside it (Share, Add to consultation): which scene it is, where
 * it stands, and its own page's address with that state. Absent in a prerendered still frame, whose
 * controls are inert.
 */
export interface FigureContext {
	scene: AnyScene;
	lang: Lang;
	/** the step shown now, by id */
	stepId(): string;
	/** the figure's own page, with its step and changed parameters: what a patient takes home */
	address(): string;
	/** the parameters the reader changed, as its address writes them (`glucose_mM: '0'`) */
	settings(): Record<string, string>;
	/** shown by a consultation, which has its own way to add and order figures */
	inSequence: boolean;
	/**
	 * shown on the patient's page (a shared link): none of the clinician's tools (present, embed, the keys,
	 * the projector theme), and `address()` is that page's, the whole sequence
	 */
	patient: boolean;
}

const figureKey = Symbol('figure');
export const provideFigure = (figure: FigureContext) => setContext(figureKey, figure);
export const figureContext = () => getContext<FigureContext | undefined>(figureKey);

/**
 * A figure as a sequence sees it: its scene and player; whether it is presented now (presenter mode); whether
 * its presentation has blanked the screen, which the next key only brings back, whatever the key.
 */
export interface SequenceFigure {
	scene: AnyScene;
	player: PlayerView;
	presenting(): boolean;
	blanked(): boolean;
	/**
	 * the figure had to move or leave out a setting its address gave (a hand-edited link; it says so on
	 * screen): the sequence then takes its `settings()`, so that the link it shares asks for what is shown
	 */
	settingsMended: boolean;
	/** its settings now, as its address writes them (`glucose_mM: '0'`), those at their default left out */
	settings(): Readonly<Record<string, string>>;
	/**
	 * the query without this figure's own keys (its step, its settings): the sequence moving on to its next
	 * figure. The figure's, so that the page does not load a figure's address keys before one wakes
	 */
	clearState(query: string): string;
}

/**
 * A page that plays figures one after another (the consultation): each live figure announces its player
 * to it, so a clicker's PageDown past the last step can open the next figure, presented if this one was.
 */
export interface SequenceHost {
	/** a live figure announces itself; the function returned forgets it */
	attach(figure: SequenceFigure): () => void;
	/** whether the figure opening now takes over from one that was presented: it opens presented too */
	opensPresented(): boolean;
	/** the element a presentation puts full screen: it stays while the figures change inside it */
	stage(): HTMLElement | null;
	/**
	 * where the figure shown stands in the sequence ("Figure 2 of 3"): said in its caption while presented,
	 * when the page's own line saying it is hidden behind the presentation
	 */
	place(): string;
	/** the title of the figure after (1) or before (−1) the one shown, or null at that end of the sequence */
	neighbour(direction: 1 | -1): string | null;
	/** opens that figure: the next at its chosen step, the previous at its last, as a clicker's keys do */
	pass(direction: 1 | -1): void;
	/**
	 * the figure shown could not start (its code could not be loaded): the sequence's keys now move past it,
	 * and those pressed while it tried, held for it, are handed back, so that a clicker's press is not lost
	 */
	failed(held: readonly PlayerAction[]): void;
	/** the patient's page (a shared link), not the clinician's: its figures carry none of the clinician's tools */
	patient(): boolean;
}

const hostKey = Symbol('sequence-host');
export const provideSequenceHost = (host: SequenceHost) => setContext(hostKey, host);
export const sequenceHost = () => getContext<SequenceHost | undefined>(hostKey);
