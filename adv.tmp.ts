import { launch } from './scripts/lib/browser.ts';
import { serveDir } from './scripts/lib/static-server.ts';
const server = await serveDir('/tmp/dist16-before');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
for (const p of ['/beneficiaries/', '/budget/','/en/beneficiaries/']) {
await page.goto(new URL(p.slice(1), server.url).href);
console.log(await page.evaluate(() => [...document.querySelectorAll('svg.bar-chart text')].map((t) => { const s = t.textContent!; const fs = parseFloat(getComputedStyle(t).fontSize); return `${(t as SVGTextElement).getComputedTextLength() / fs / [...s].length}`.slice(0,5) + ' ' + s.slice(0, 30) + ' ' + getComputedStyle(t).fontFamily.slice(0,30); }).join('\n')));
}
await browser.close(); await server.close();
