/*
 * Starts the page's islands once the page has painted: written inline into the <head> of every page that
 * has islands (src/lib/server/islands-script.ts), with the islands' script's address in data-src; the
 * Content-Security-Policy allows this one inline script by its hash (svelte.config.js).
 *
 * Paint first, then hydrate: the page is complete without JavaScript (prerendered text, first frames), so
 * on a slow phone the islands' code must not compete with the first paint. Inline, this costs no request
 * before it: the islands' script (src/lib/islands/boot.ts, with Svelte's runtime and the islands' chunks)
 * is only asked for once the browser reports the first contentful paint (Paint Timing), then a task later.
 * Where the browser does not report paints, two animation frames stand for it; and if no paint comes
 * within a second (a page opened in a background tab, a very busy phone), the islands start all the same.
 * The islands' script is a module, added as a <script type="module"> rather than by import(): a browser too
 * old for import() would not parse this starter at all, and could say nothing. One that cannot run the
 * islands' script (no modules, too old for its syntax, or the connection lost) marks the page
 * `data-islands="failed"`: its still figures and its tools then say that they could not start (player.css,
 * global.css). boot.ts marks the page "started" as it begins: a script that loaded without starting could
 * not be parsed.
 */
(function () {
	// the starter ran: a page never marked so, with script on, had it blocked (global.css, a proxy's CSP)
	document.documentElement.setAttribute('data-starter', '');
	var script = document.currentScript;
	var src = (script && script.getAttribute('data-src')) || '';
	if (!src) return;
	var root = document.documentElement;
	// A link to a figure's step (?step=…): its still frame, prerendered at the first step, would show another
	// step than the one asked for until the figure wakes; it is marked, and drawn faded without its step's
	// words meanwhile (player.css), the note that the figure is on its way over it.
	if (/[?&]step=[^&#]/i.test(location.search)) root.setAttribute('data-linked-step', '');
	// A tool's controls that work only with script are prerendered disabled, for a reader without it
	// (fieldset.needs-script, global.css). With script they are enabled before they are drawn: as the parser
	// adds them (a MutationObserver's callback runs before the next paint; where there is none, before each
	// frame), and once more when the page is read. Until the tool's island starts they do nothing yet; a value
	// set in them then is taken up as it starts (the lab: early-values.ts); once it has, the island keeps them
	// enabled.
	var enable = function () {
		var disabled = document.querySelectorAll('fieldset.needs-script[disabled]');
		for (var i = 0; i < disabled.length; i++) disabled.item(i).removeAttribute('disabled');
	};
	if (window.MutationObserver) {
		var parsing = new MutationObserver(enable);
		parsing.observe(root, { childList: true, subtree: true });
		document.addEventListener('DOMContentLoaded', function () {
			parsing.disconnect();
		});
	} else {
		var enableWhileReading = function () {
			enable();
			if (document.readyState === 'loading') requestAnimationFrame(enableWhileReading);
		};
		requestAnimationFrame(enableWhileReading);
	}
	document.addEventListener('DOMContentLoaded', enable);
	// Typed in before its island starts: what the tool shows is for other values, hidden until then (global.css);
	// each field typed in is marked too, for the island to take up as it starts (the lab: early-values.ts). A
	// script that never answers nor fails would leave it hidden for good: after 8 s without starting, the island
	// is marked late and shows its example with its note, as if its code had failed (global.css), its fields back
	// at the example's values, so that no value sits beside a result computed for another (QA review 59, D2).
	// Typed into again, it waits again; if its code comes after all, it starts from what the fields then hold.
	/** @param {Element} island */
	var typed = function (island) {
		if (island.getAttribute('data-typed') === '') return;
		island.setAttribute('data-typed', '');
		setTimeout(function () {
			if (island.getAttribute('data-typed') !== '' || island.querySelector('[data-started]')) return;
			island.setAttribute('data-typed', 'late');
			island.removeAttribute('data-preset-chosen');
			var fields = island.querySelectorAll('[data-typed]');
			for (var i = 0; i < fields.length; i++) backToExample(/** @type {HTMLInputElement} */ (fields.item(i)));
		}, 8000);
	};
	/** A field as the page was drawn: its prerendered value, tick or option. @param {HTMLInputElement} field */
	var backToExample = function (field) {
		field.removeAttribute('data-typed');
		if (field.type === 'checkbox' || field.type === 'radio') field.checked = field.defaultChecked;
		else if (field.tagName === 'SELECT') {
			var options = /** @type {HTMLSelectElement} */ (/** @type {unknown} */ (field)).options;
			for (var i = 0; i < options.length; i++) {
				var option = options.item(i);
				if (option) option.selected = option.defaultSelected;
			}
		} else field.value = field.defaultValue;
	};
	document.addEventListener(
		'input',
		function (event) {
			var field = /** @type {Element} */ (event.target);
			var island = field.closest && field.closest('.needs-script') && field.closest('[data-island]');
			if (!island) return;
			typed(island);
			field.setAttribute('data-typed', '');
		},
		true
	);
	// A case chosen by a button before its island starts (the lab's presets, data-preset), which fires no input:
	// kept on the island, to be opened as it starts; the fields a case sets (the lab's values, [data-key], and its
	// pump) typed before it are no longer marked, as the case replaces what they hold (early-values.ts); what it
	// does not set, the recorder's choice, stays (QA review 59, D1).
	document.addEventListener(
		'click',
		function (event) {
			var target = /** @type {Element} */ (event.target);
			var button = target.closest && target.closest('.needs-script [data-preset]');
			var island = button && !button.closest('[data-started]') && button.closest('[data-island]');
			if (!button || !island) return;
			typed(island);
			island.setAttribute('data-preset-chosen', button.getAttribute('data-preset') || '');
			var fields = island.querySelectorAll('[data-key] [data-typed], .pump [data-typed]');
			for (var i = 0; i < fields.length; i++) fields.item(i).removeAttribute('data-typed');
		},
		true
	);
	// A form among them sent before its island starts (the consultation's "Add", the lab's "Record") has no
	// action: the browser would load the page again (a GET to "?") and what it was to add would be lost. Each
	// one sent is held, in order, with the values of its fields, and sent again once the page has started
	// (hydrate.ts marks it data-hydrated), to its island's own handler; a field the islands redrew meanwhile
	// gets its value back first. (Two figures added early are both added, in the order chosen.)
	/** @type {{ form: HTMLFormElement, values: string[] }[]} */
	var held = [];
	document.addEventListener(
		'submit',
		function (event) {
			var form = /** @type {HTMLFormElement} */ (event.target);
			if (root.hasAttribute('data-hydrated') || !form.closest || !form.closest('.needs-script')) return;
			event.preventDefault();
			var values = [];
			for (var i = 0; i < form.elements.length; i++) {
				values.push(/** @type {HTMLInputElement} */ (form.elements[i]).value);
			}
			held.push({ form: form, values: values });
		},
		true
	);
	if (window.MutationObserver) {
		new MutationObserver(function (records, observer) {
			if (!root.hasAttribute('data-hydrated')) return;
			observer.disconnect();
			held.splice(0).forEach(function (sent) {
				var form = sent.form;
				if (!form.requestSubmit) return;
				for (var i = 0; i < form.elements.length; i++) {
					var field = /** @type {HTMLInputElement} */ (form.elements[i]);
					var value = sent.values[i];
					if (value === undefined || field.value === value) continue;
					field.value = value;
					field.dispatchEvent(new Event('change', { bubbles: true }));
				}
				form.requestSubmit();
			});
		}).observe(root, { attributes: true, attributeFilter: ['data-hydrated'] });
	}
	// On a figure's own page, a clicker's Page Down (or Space) pressed before the islands start would scroll
	// the page under the still figure and be lost: it is kept, and the figure, once it starts holding keys
	// itself (src/lib/player/keys-before-wake.ts), takes these and acts on them.
	/** @type {string[]} */
	var early = [];
	/** @param {KeyboardEvent} event */
	var holdKey = function (event) {
		if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
		if (event.key !== 'PageDown' && event.key !== 'PageUp' && event.key !== ' ') return;
		if (!document.querySelector('figure.scene[data-global-keys]')) return;
		event.preventDefault();
		early.push(event.key);
	};
	addEventListener('keydown', holdKey);
	/** @type {Window & { takeEarlyKeys?: () => string[] }} */ (window).takeEarlyKeys = function () {
		removeEventListener('keydown', holdKey);
		return early.splice(0);
	};
	/** @param {string} why */
	var fail = function (why) {
		removeEventListener('keydown', holdKey); // no figure will wake: the keys are the page's again
		root.setAttribute('data-islands', 'failed');
		console.error('The page stays as prerendered:', why);
	};
	var started = false;
	var start = function () {
		if (started) return;
		started = true;
		var islands = document.createElement('script');
		if (!('noModule' in islands)) return fail('this browser runs no JavaScript modules');
		// a browser that parses the islands' script but lacks what Svelte's runtime calls as the islands start
		// (String.replaceAll, queueMicrotask: Safari before 13.1, Chrome before 85) would leave every figure
		// saying it is on its way, for good: it is told apart here, and the islands say they could not start
		if (!String.prototype.replaceAll || typeof queueMicrotask != 'function')
			return fail('this browser is too old for the islands (no replaceAll or queueMicrotask)');
		islands.type = 'module';
		islands.src = src;
		islands.onerror = function () {
			fail("the islands' script could not be loaded");
		};
		islands.onload = function () {
			if (!root.hasAttribute('data-islands')) fail("the islands' script could not run in this browser");
		};
		document.head.appendChild(islands);
	};
	// A sheet made to be printed (a handout: data-now, islands-script.ts) starts at once: its date, QR code and
	// answers must be on it when the print starts, which can be as soon as it appears; its islands are few,
	// and it has no figure whose first paint they would delay. Added now, the islands' script and the
	// runtime it imports hold the page's load event until they have run.
	if (script && script.hasAttribute('data-now')) return start();
	var afterATask = function () {
		setTimeout(start);
	};
	var Observer = window.PerformanceObserver;
	if (Observer && Observer.supportedEntryTypes && Observer.supportedEntryTypes.indexOf('paint') >= 0) {
		new Observer(function (list, observer) {
			if (!list.getEntriesByName('first-contentful-paint').length) return;
			observer.disconnect();
			afterATask();
		}).observe({ type: 'paint', buffered: true });
	} else {
		requestAnimationFrame(function () {
			requestAnimationFrame(afterATask);
		});
	}
	setTimeout(start, 1000);
})();
