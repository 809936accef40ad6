// Every page is prerendered to HTML at build time; every URL ends with "/" (/fr/ → build/fr/index.html).
export const prerender = true;
export const trailingSlash = 'always';
