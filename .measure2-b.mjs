import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 360, height: 800 } });
await p.goto('http://127.0.0.1:4500/mobility-centres/', { waitUntil: 'networkidle' });
for (const w of ['400', '500', '600']) {
  const r = await p.evaluate((w) => [...document.querySelectorAll('svg.map-narrow text')].map((t) => { t.style.fontWeight = w; return `${t.textContent}:${(t.getBBox().width / t.textContent.length).toFixed(2)}`; }).join(' '), w);
  console.log(w, r);
}
await p.goto('http://127.0.0.1:4500/en/mobility-centres/', { waitUntil: 'networkidle' });
for (const w of ['400', '600']) {
  const r = await p.evaluate((w) => [...document.querySelectorAll('svg.map-narrow text')].map((t) => { t.style.fontWeight = w; return `${t.textContent}:${(t.getBBox().width / t.textContent.length).toFixed(2)}`; }).join(' '), w);
  console.log(w, r);
}
await b.close();
