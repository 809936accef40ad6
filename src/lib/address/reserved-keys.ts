/**
 * Keys the site uses for itself in an address (a figure's step, a consultation's sequence and place, the
 * theme): a scene parameter must not be named like these, and a consultation's item never carries them.
 */
export const reservedKeys = ['step', 's', 'at', 'theme'] as const;
