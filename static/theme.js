/*
 * The reader's colour theme, set on <html data-theme> before anything is painted (loaded in <head>, without
 * async or defer: a few hundred bytes, so no page flashes the wrong theme; the CSP allows no inline script).
 * ?theme=light|dark|projector chooses one and remembers it (localStorage, never a cookie); ?theme=auto
 * forgets it; any other value changes nothing. Without a choice there is no data-theme, and the styles follow
 * the system's light or dark setting (src/lib/styles/global.css). src/lib/theme/ reads and changes it later.
 */
(function () {
	var themes = ['light', 'dark', 'projector'];
	var storageKey = 'theme';
	var chosen = null;
	try {
		chosen = localStorage.getItem(storageKey);
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
		if (asked === 'auto') localStorage.removeItem(storageKey);
		else if (themes.indexOf(asked) >= 0) localStorage.setItem(storageKey, asked);
	} catch {
		// not remembered; still applied below
	}
	if (asked === 'auto') chosen = null;
	else if (themes.indexOf(asked) >= 0) chosen = asked;
	if (themes.indexOf(chosen) >= 0) document.documentElement.setAttribute('data-theme', chosen);
})();
