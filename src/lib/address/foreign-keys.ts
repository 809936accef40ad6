// The site's own keys (reserved-keys.ts: a figure's step, a consultation's sequence and place, the theme),
// written again here: importing that module made it a chunk of its own, shared by the lab and the
// consultation, and its request weighed on the consultation's page. A test keeps the two lists the same.
export const SITE_KEYS: readonly string[] = ['step', 's', 'at', 'theme'];

// Link trackers' keys, which a newsletter or a social network adds to a link it carries: utm_source,
// fbclid, gclid, msclkid, mc_eid…
const TRACKER = /^(?:utm_.+|[a-z]*clid|msclkid|mc_(?:cid|eid)|_ga|_gl)$/i;

/**
 * Whether a key of an address belongs to something other than the page's own tool: the site's or a link
 * tracker's. A tool says nothing about these; any other key it does not know is most likely a mistyped one
 * of its own (`k_out` for `Ko`).
 */
export const isForeignKey = (name: string) => TRACKER.test(name) || SITE_KEYS.includes(name.toLowerCase());
