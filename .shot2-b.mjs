import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
const [url, out, width = '360', sel = 'figure', scheme = 'light'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme, deviceScaleFactor: 2 });
await p.goto(url, { waitUntil: 'networkidle' });
await p.locator(sel).first().screenshot({ path: out });
console.log('scrollWidth', await p.evaluate(() => document.documentElement.scrollWidth));
await b.close();
