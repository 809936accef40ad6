/*
 * The reader's colour theme, set on <html data-theme> before anything is painted: written inline into every
 * page's <head> (hooks.server.ts), so no page flashes the wrong theme and none waits for a file to set it;
 * the Content-Security-Policy allows this one inline script by its hash (svelte.config.js).
 * ?theme=light|dark|projector chooses one and remembers it (localStorage, never a cookie); ?theme=auto
 * forgets it; any other value changes nothing, and is marked on <html data-theme-unknown> for the note that says so. Without a choice there is no data-theme, and the styles follow
 * the system's light or dark setting (src/lib/styles/global.css). src/lib/theme/ reads and changes it later.
 * An embedded figure (/{lang}/embed/…) takes only its own ?theme=: it neither reads nor keeps a choice, which
 * every frame of this site on the same host page would share (a dark frame turned its neighbours dark).
 */
(function () {
	var themes = ['light', 'dark', 'projector'];
	var embedded = /\/[a-z]{2}\/embed\//.test(location.pathname);
	/** @param {string | null} name */
	var isTheme = function (name) {
		return name !== null && themes.indexOf(name) >= 0;
	};
	var storageKey = 'theme';
	var chosen = null;
	try {
		if (!embedded) chosen = localStorage.getItem(storageKey);
	} catch {
		// storage refused (a third-party frame, a strict browser): only ?theme= counts, for this page
	}
	var asked = null;
	try {
		asked = new URLSearchParams(location.search).get('theme');
	} catch {
		asked = null;
	}
	asked = typeof asked === 'string' ? asked.trim().toLowerCase() : null;
	try {
		if (embedded) {
			// only this frame's ?theme=, kept nowhere
		} else if (asked === 'auto') localStorage.removeItem(storageKey);
		else if (asked !== null && isTheme(asked)) localStorage.setItem(storageKey, asked);
	} catch {
		// not remembered; still applied below
	}
	// a theme the site does not have: nothing changes, and the page says why (UnknownThemeNote.svelte)
	if (asked && asked !== 'auto' && !isTheme(asked))
		document.documentElement.setAttribute('data-theme-unknown', '');
	if (asked === 'auto') chosen = null;
	else if (isTheme(asked)) chosen = asked;
	if (chosen !== null && isTheme(chosen)) document.documentElement.setAttribute('data-theme', chosen);
	// letters and signs kept off the page's body, acting only in a figure (src/lib/player/letter-keys.ts)
	try {
		if (localStorage.getItem('letter-keys') === 'figure')
			document.documentElement.setAttribute('data-letter-keys', 'figure');
	} catch {
		// storage refused: the letters act from the page, as by default
	}
})();
