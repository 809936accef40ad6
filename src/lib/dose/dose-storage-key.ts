/**
 * Where the dose calculator keeps what was typed in this tab (sessionStorage, kept-dose.ts): its own file, so
 * that the islands' starter (registry.ts) can tell whether there is anything kept without loading the rest.
 */
export const DOSE_STORAGE_KEY = 'dose-calculator-v1';
