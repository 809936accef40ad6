// Written as build/404.html, the page static hosts (GitHub Pages, Netlify, Cloudflare, nginx's error_page)
// serve for any unknown path. It needs no script (and has no island): its text and two links are the page.
export const trailingSlash = 'never';
