/**
 * The two French articles the site explains (../shared/seeds/). Their titles stay in French in both
 * languages; who wrote them is said in the UI catalogues (footerSource…).
 */
export const sourceArticles = {
	glucopuncture: { title: 'La glucopuncture (dextrose)', lang: 'fr' },
	hydrotomie: { title: 'Hydrotomie percutanée', lang: 'fr' }
} as const;
