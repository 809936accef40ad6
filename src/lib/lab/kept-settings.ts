// The lab's last settings in this tab: a student who leaves the lab for the glossary and comes back through
// the menu (an address without settings) finds their case again, as their runs are. In sessionStorage (gone
// with the tab; never localStorage, which would hand a student's case to the next person at a shared
// computer), as the address writes them, and read back as an address is: a stored text changed by hand opens
// the nearest valid case, never an error. An address with settings wins over what was kept (MembraneLab).
import { tabStorage } from '$lib/storage/browser-storage';
import { readLabAddress, writeLabAddress, type LabAddress } from './address';
import { settingsKey } from './kept-runs-key';
import { NEURON, sameState, type LabState } from './state';

/** Keeps the lab's settings for the page at `path` in this tab; a full or refused store keeps nothing. */
export function keepSettings(path: string, state: LabState, pump: boolean) {
	try {
		tabStorage()?.setItem(settingsKey(path), writeLabAddress(state, pump));
	} catch {
		// the settings stay in the address; only the menu's plain link loses them, as before
	}
}

/**
 * The settings kept for the page at `path` in this tab, when they are other than the lab's first view (the
 * neuron, the pump's share left out); else null. Written as the address writes numbers: read as in English.
 */
export function keptSettings(path: string): LabAddress | null {
	let text: string | null | undefined;
	try {
		text = tabStorage()?.getItem(settingsKey(path));
	} catch {
		return null;
	}
	if (!text) return null;
	const kept = readLabAddress(text, 'en');
	if (!kept.named || (sameState(kept.state, NEURON) && !kept.pump)) return null;
	return { ...kept, others: [] };
}
