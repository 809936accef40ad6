import type { Lang } from '$lib/i18n/languages';
import en from './messages/en.json';
import fr from './messages/fr.json';
import { TAKE_OVER } from './new-version';

/**
 * "A new version of the site is ready", in the header's offline line, and the button that switches to it.
 * OfflineStatus.svelte loads this module only when a new version's worker is installed and waiting, so no
 * page carries it, nor its words, on its first load (the consultation and choosing pages are at the edge of
 * their budget): plain DOM, no Svelte component, no import but its words, so one small file and nothing more.
 *
 * Never by itself: the page in use stays as it is, whatever a reader is showing, until they press the
 * button. Then the waiting worker takes over (src/service-worker.ts, ./new-version.ts) and this page reloads
 * at its own address, which holds its figures' steps and settings. The site's other open tabs stay as they
 * are, and keep working: the worker keeps their version's files for them.
 */
const words = { fr, en };

let shown = false;

/** Puts the notice in `line` (the offline line, in place of its words); once a page, however often asked. */
export function showUpdateNotice(line: HTMLElement, lang: Lang): void {
	if (shown) return;
	shown = true;
	const m = words[lang];
	// the live region is there, empty, a moment before its words, so that they are heard (once: they stay)
	const status = document.createElement('span');
	status.setAttribute('role', 'status');
	// on a phone, read by screen readers and not shown: the button's words say it (OfflineStatus.svelte)
	status.className = 'update-words';
	// the line itself may be one (the first visit's "available offline"): one region, one announcement
	line.removeAttribute('role');
	line.textContent = '';
	line.append(status);
	const button = document.createElement('button');
	button.type = 'button';
	// the site's word button (global.css), at the line's size (.outlined sets font: inherit)
	button.className = 'outlined word-button';
	button.textContent = m.updateSwitch;
	button.addEventListener('click', switchVersion);
	setTimeout(() => {
		status.textContent = m.updateReady;
		line.append(' ', button);
	}, 150);
}

let switching = false;

/** The reader's choice: the waiting worker takes over, and the page reloads once it controls it. */
export async function switchVersion(): Promise<void> {
	if (switching) return;
	switching = true;
	const workers = navigator.serviceWorker;
	const reload = () => location.reload();
	const waiting = (await workers.getRegistration())?.waiting;
	// none: another tab has switched already, and the new version's worker controls this page too
	if (!waiting) return reload();
	if (workers.controller) workers.addEventListener('controllerchange', reload, { once: true });
	// a page the worker does not control (opened with the cache bypassed) hears no controllerchange
	else waiting.addEventListener('statechange', () => waiting.state === 'activated' && reload());
	waiting.postMessage(TAKE_OVER);
}
