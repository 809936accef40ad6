/**
 * Enough for any consultation, and a cap on what a hand-made address can make the page draw. On its own: the
 * words naming what a link lost (consultation/unread-note.ts), loaded apart, need it without the reader.
 */
export const MAX_SEQUENCE = 24;
