import { takeEarlyKeys } from '$lib/islands/early-keys';
import { actionFor, clickerActionFor, type PlayerAction } from './keys';

/**
 * The figure's keys pressed on a page whose keys are the figure's (its own page, a consultation) in the moment
 * before the figure wakes: held, instead of scrolling the page under a clinician's first clicker press, and
 * handed to the live figure, which acts on them in order (SceneView). `release` stops holding and gives them.
 */
export function holdKeysBeforeWake(): { release: () => PlayerAction[] } {
	// those the page's starter kept before this code came (src/lib/islands/start.js), pressed with the focus
	// on the page itself
	const held: PlayerAction[] = takeEarlyKeys().flatMap((key) => {
		const action = actionFor({ key, altKey: false, ctrlKey: false, metaKey: false, target: document.body });
		return action ? [action] : [];
	});
	const onkeydown = (event: KeyboardEvent) => {
		const action = actionFor(event) ?? clickerActionFor(event);
		// a letter is held only from the page's body: typed on a control, it is that control's (WCAG 2.1.4,
		// reaches-figure.ts; checked here in as few bytes as can be, on every figure's first load); so is F5,
		// a clicker's "present" (elsewhere, the browser's reload); and from the body not at all once the reader
		// has kept letters in the figure (letter-keys.ts; Space, below "!", types nothing and is still held)
		if (
			!action ||
			event.defaultPrevented ||
			((event.key.length < 2 || action == 'start') && event.target !== document.body) ||
			(event.key.length < 2 && event.key > ' ' && document.documentElement.hasAttribute('data-letter-keys'))
		)
			return;
		event.preventDefault();
		held.push(action);
	};
	window.addEventListener('keydown', onkeydown);
	let released = false;
	return {
		release() {
			if (!released) window.removeEventListener('keydown', onkeydown);
			released = true;
			return held.splice(0);
		}
	};
}
