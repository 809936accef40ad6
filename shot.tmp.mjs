import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const [name, path, w, h, scheme] of JSON.parse(process.argv[2])) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, locale: 'de-DE' });
  const p = await ctx.newPage(); await p.goto('http://127.0.0.1:4998' + path, { waitUntil: 'networkidle' });
  await p.screenshot({ path: `/tmp/${name}.png` }); await ctx.close();
}
await b.close();
