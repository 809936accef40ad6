// The not-found page's suggestion: the existing page closest to the address typed. The page is static (one
// 404.html answers every unknown path), so only the browser knows the address; without JavaScript the page
// still offers its menu and both home pages. The site's pages come with the page, as JSON.
(function () {
	// In another site's frame (a course page's embed whose address is wrong), the page's links open in a new
	// tab, as an embed's own do, not inside a box of the course page
	// (a link within the page, the skip link, stays in it)
	if (window.self !== window.top) {
		document.addEventListener(
			'click',
			function (event) {
				var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
				if (link && link.getAttribute('href').charAt(0) !== '#') link.target = '_blank';
			},
			true
		);
	}
	var data = document.getElementById('site-pages');
	if (!data) return;
	var pages = JSON.parse(data.textContent || '[]');
	var base = data.getAttribute('data-base') || '';
	var languages = ['fr', 'en'];

	/**
	 * "/fr/Hydrotomy" → { lang: "fr", rest: "hydrotomy/" }. lang is null when the address names no language
	 * of the site: none ("/hydrotomie/"), or another one ("/de/…", "/pt-BR/…"), which is set aside so that the
	 * rest can still find its page. "/en-GB/…" is English.
	 */
	function split(path) {
		var clean = path
			.slice(base.length)
			.toLowerCase()
			.replace(/\/+/g, '/')
			.replace(/^\/|\/$/g, '');
		var parts = clean ? clean.split('/') : [];
		var tag = /^([a-z]{2})([-_][a-z]{2,4})?$/.exec(parts[0] || '');
		var lang = null;
		if (tag) {
			parts.shift();
			if (languages.indexOf(tag[1]) >= 0) lang = tag[1];
		}
		return { lang: lang, rest: parts.length ? parts.join('/') + '/' : '' };
	}

	/**
	 * The edits from one spelling to another, for a close spelling: a letter added, dropped, changed, or two
	 * neighbours swapped ("abuot" is one from "about"), each counting one (optimal string alignment).
	 */
	function distance(a, b) {
		var before = [];
		var row = [];
		for (var j = 0; j <= b.length; j++) row.push(j);
		for (var i = 1; i <= a.length; i++) {
			var next = [i];
			for (var k = 1; k <= b.length; k++) {
				var d = Math.min(row[k] + 1, next[k - 1] + 1, row[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
				if (i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1])
					d = Math.min(d, before[k - 2] + 1);
				next.push(d);
			}
			before = row;
			row = next;
		}
		return row[b.length];
	}

	/** the page to suggest for `path`, looked for among the pages in `lang` */
	function suggest(path, lang) {
		var wanted;
		try {
			wanted = split(decodeURI(path));
		} catch {
			wanted = split(path);
		}
		var inLang = pages.filter(function (page) {
			return page.lang === lang;
		});
		// a page that moved: its old address
		var moved = inLang.filter(function (page) {
			return (page.formerly || []).indexOf(wanted.rest) >= 0;
		})[0];
		if (moved) return moved;
		// a word a reader may guess for a page, in either language: /en/choose/, /fr/comparer/, /en/choix/
		var guessed = pages.filter(function (page) {
			return (page.guessed || []).indexOf(wanted.rest) >= 0;
		})[0];
		if (guessed) {
			var ownGuess = inLang.filter(function (page) {
				return page.key === guessed.key;
			})[0];
			if (ownGuess) return ownGuess;
		}
		// the same page under the other language's word: /fr/hydrotomy/ → /fr/hydrotomie/
		var twin = pages.filter(function (page) {
			return split(page.path).rest === wanted.rest;
		})[0];
		if (twin) {
			var same = inLang.filter(function (page) {
				return page.key === twin.key;
			})[0];
			if (same && same.path !== path) return same;
		}
		// a close spelling, in the address's language
		var best = null;
		var bestDistance = Infinity;
		inLang.forEach(function (page) {
			var d = distance(wanted.rest, split(page.path).rest);
			if (d < bestDistance) {
				best = page;
				bestDistance = d;
			}
		});
		// the mistakes allowed grow with the last word typed, not the whole path: "scenes/nope/" is three
		// letters from "scenes/k2p/", a third of the path, but nothing like the figure's name
		var words = wanted.rest.split('/').filter(Boolean);
		var allowed = Math.max(1, Math.floor((words[words.length - 1] || '').length / 3));
		if (best && wanted.rest && bestDistance <= allowed) return best;
		// else the deepest page the address lies under: /fr/scenes/nope/ → the figures' index,
		// /fr/scenes/k2p/extra/ → the K2P figure (a home page is offered anyway, so it is not one)
		var under = null;
		inLang.forEach(function (page) {
			var rest = split(page.path).rest;
			if (rest && wanted.rest.indexOf(rest) === 0 && rest !== wanted.rest)
				if (!under || rest.length > split(under.path).rest.length) under = page;
		});
		return under;
	}

	// An address in English (/en/…) reads English first: its section moves to the top, takes the page's one
	// h1, and the page's language becomes English. French, or no language of the site, keeps the page as built.
	// An address in one of the two has its title in that language alone ("Page not found"): the tab and the
	// history speak the reader's language; no language of the site keeps both.
	var typed = split(location.pathname).lang;
	var first = document.querySelector('main section[lang]');
	var own = typed && document.querySelector('main section[lang="' + typed + '"]');
	var ownHeading = own && own.querySelector('.both-heading');
	if (ownHeading && ownHeading.textContent) document.title = ownHeading.textContent.trim();
	if (own && first && own !== first) {
		var swapHeading = function (section, tag) {
			var old = section.querySelector('.both-heading');
			if (!old) return;
			var heading = document.createElement(tag);
			heading.id = old.id;
			heading.className = old.className;
			heading.textContent = old.textContent;
			old.replaceWith(heading);
		};
		swapHeading(first, 'h2');
		swapHeading(own, 'h1');
		first.parentNode.insertBefore(own, first);
		document.documentElement.lang = typed;
		// and the header and its menu are the language's own (NotFound.svelte), the skip link with them
		var template = document.querySelector('template[data-header="' + typed + '"]');
		var header = document.querySelector('.site-header');
		var skip = document.querySelector('.skip-link');
		if (template && header && skip) {
			skip.remove();
			header.replaceWith(template.content.cloneNode(true));
		}
	}

	/** the same page as `page` in `lang` (its title and address in that language), or `page` if it has none */
	function counterpart(page, lang) {
		return (
			pages.filter(function (other) {
				return other.key === page.key && other.lang === lang;
			})[0] || page
		);
	}

	// Each language's section suggests the same page, in its own language: the page the address asks for is
	// found among the pages in the address's language (/fr/scenes/TRPV1/ → the French TRPV1 figure), or, when
	// it names none of the site's (another language, or none), among the section's own; and each section
	// offers its counterpart in its language (the English section: the English TRPV1 figure).
	document.querySelectorAll('[data-suggestion]').forEach(function (line) {
		var section = line.closest('[lang]');
		var lang = (section && section.getAttribute('lang')) || 'fr';
		var found = suggest(location.pathname, typed || lang);
		var page = found && counterpart(found, lang);
		var link = line.querySelector('a');
		if (!page || !link) return;
		link.href = page.path;
		link.hreflang = page.lang;
		link.textContent = page.title;
		link.lang = page.lang;
		line.hidden = false;
	});
})();
