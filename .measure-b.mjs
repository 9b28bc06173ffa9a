import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
const [url, width = '360'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 800 } });
await p.goto(url, { waitUntil: 'networkidle' });
const r = await p.evaluate(() => [...document.querySelectorAll('svg.map')].filter((s) => getComputedStyle(s).display !== 'none').map((svg) => {
  const vb = svg.viewBox.baseVal;
  return { vbw: vb.width, vbh: vb.height, shown: svg.getBoundingClientRect().width, labels: [...svg.querySelectorAll('text')].map((t) => { const bb = t.getBBox(); return { text: t.textContent, x0: Math.round(bb.x), x1: Math.round(bb.x + bb.width), y0: Math.round(bb.y), y1: Math.round(bb.y + bb.height), est: t.textContent.length * 7 , w: Math.round(bb.width) }; }) };
}));
console.log(JSON.stringify(r, null, 1));
await b.close();
