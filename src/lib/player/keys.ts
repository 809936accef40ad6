/**
 * What each key does to a scene. Presenter clickers send PageDown/PageUp (some send → ←), and B or "."
 * for a black screen, W for a white one, and Home/End go to the first and last step, as presentation
 * software does; keyboards use Space/K like video players, and F opens the presentation. A clicker's
 * "start the slideshow" button sends F5 (or Shift+F5), the browser's reload: it starts presenting, and
 * pressed again while presenting it keeps presenting ('start'), as in presentation software.
 */
export type PlayerAction =
	'toggle' | 'next' | 'previous' | 'restart' | 'end' | 'present' | 'start' | 'black' | 'white' | 'help';

const bindings: Record<string, PlayerAction> = {
	' ': 'toggle',
	k: 'toggle',
	K: 'toggle',
	ArrowRight: 'next',
	PageDown: 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	Home: 'restart',
	End: 'end',
	f: 'present',
	F: 'present',
	F5: 'start',
	b: 'black',
	B: 'black',
	'.': 'black',
	w: 'white',
	W: 'white',
	'?': 'help'
};

/** A slider's own keys (ARIA's slider pattern): from one, they move it, never the figure. */
const sliderKeys: ReadonlySet<string> = new Set([
	'ArrowRight',
	'ArrowLeft',
	'ArrowUp',
	'ArrowDown',
	'PageUp',
	'PageDown',
	'Home',
	'End'
]);

/**
 * The action for a key press, or null when the scene should leave it alone: a modifier is held, the reader
 * is typing in a field, or the key is a slider's own on one (its arrows, Home, End). The figure's position
 * bar (a `role="slider"` of its own) is part of the figure: Space and K play there, and ? lists the keys.
 */
export function actionFor(
	event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>
): PlayerAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	const target = event.target as HTMLElement | null;
	if (target && typeof target.closest === 'function') {
		if (target.closest('input, textarea, ' + menus + ', [contenteditable="true"]')) return null;
		if (sliderKeys.has(event.key) && target.closest('[role="slider"]')) return null;
		// Space and Enter belong to a focused button or link; Space opens a menu
		if (event.key === ' ' && target.closest('button, a, summary, select')) return null;
	}
	return bindings[event.key] ?? null;
}

/**
 * What a presenter clicker sends: Page Down/Up, and B or "." or W to blank the screen; and F or F5, which
 * start the presentation, keys no radio button, checkbox or slider uses.
 */
const clickerKeys: ReadonlySet<string> = new Set([
	'PageDown',
	'PageUp',
	'b',
	'B',
	'.',
	'w',
	'W',
	'f',
	'F',
	'F5'
]);

/**
 * A clicker's key acts even when the focus is on a control (a setting of the figure, the position slider; the
 * theme menu, for its Page keys, as letters act only from within the figure: reaches-figure.ts): a clinician
 * who set a case with the mouse, or chose the projector theme, and then picks up the clicker must not find it
 * dead, scrolling the page or moving the slider it last touched. Only a field
 * being typed in keeps its keys, and a menu the letters its options start with (typed, they choose one: "F"
 * for "Facilitated nerve"); arrows stay the controls' own.
 */
export function clickerActionFor(
	event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>
): PlayerAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey || !clickerKeys.has(event.key)) return null;
	const target = event.target as HTMLElement | null;
	if (target && typeof target.closest === 'function') {
		if (target.closest(typingFields)) return null;
		// a letter that starts one of a menu's options picks it ("F" for "Facilitated nerve"): it is the menu's
		if (picksAnOption(target.closest(menus), event.key)) return null;
	}
	return bindings[event.key] ?? null;
}
/**
 * Menus that keep their keys; not one marked `data-keys` (a consultation's "Starts at"), where a clicker's →
 * and ←, sent while the focus was left on it, work the presentation, never the sequence prepared (its letters
 * pick an option: it is outside the figure, reaches-figure.ts). ↑ and ↓ still change it, and Alt+↓ or Space
 * open its list.
 */
const menus = 'select:not([data-keys])';
const picksAnOption = (menu: HTMLSelectElement | null, key: string) =>
	menu !== null &&
	/^\p{L}$/u.test(key) &&
	[...menu.options].some((option) => option.text.trim().toLowerCase().startsWith(key.toLowerCase()));
const typingFields =
	'input:not([type="range"]):not([type="checkbox"]):not([type="radio"]), textarea, [contenteditable="true"]';

/** Keys that scroll a page: while a presentation fills the screen, none of them may move the page behind. */
export const scrollKeys: ReadonlySet<string> = new Set([
	' ',
	'PageDown',
	'PageUp',
	'ArrowDown',
	'ArrowUp',
	'ArrowLeft',
	'ArrowRight',
	'Home',
	'End'
]);
