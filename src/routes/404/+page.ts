// Written as build/404.html, the page static hosts (GitHub Pages, Netlify, Cloudflare, nginx's error_page)
// serve for any unknown path. It needs no script: its text and two links are the whole page.
export const trailingSlash = 'never';
export const csr = false;
