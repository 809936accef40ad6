/**
 * On paper, a link is followed by its address (print.css). CSS alone knows only the address as written
 * ("/en/glossary/"); a script knows the whole one ("https://…/en/glossary/"), which a reader can type.
 * Once the page is drawn, before printing and when print media is asked for, each link gets it as
 * data-print-href. Without a script the path is printed. Returns a function that stops listening.
 */
export function addressLinksForPrint(doc: Document = document): () => void {
	const mark = () => {
		for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]'))
			link.setAttribute('data-print-href', link.href);
	};
	const view = doc.defaultView;
	if (!view) return () => {};
	const print = view.matchMedia('print');
	const onChange = () => {
		if (print.matches) mark();
	};
	mark();
	view.addEventListener('beforeprint', mark);
	print.addEventListener('change', onChange);
	return () => {
		view.removeEventListener('beforeprint', mark);
		print.removeEventListener('change', onChange);
	};
}
