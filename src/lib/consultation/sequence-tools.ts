/**
 * What the consultation page shows only once it has a sequence, loaded then (Consultation.island.svelte),
 * not with the page's first script: that it is the one kept in this browser, with New sequence and Undo
 * (KeptDraft), and Share this sequence (ShareSequence, with the share button it shares with the figures);
 * and, once a figure is removed, its Undo (UndoRemove, SequenceBuilder.svelte).
 */
export { default as KeptDraft } from './KeptDraft.svelte';
export { default as ShareSequence } from './ShareSequence.svelte';
export { default as UndoRemove } from './UndoRemove.svelte';
