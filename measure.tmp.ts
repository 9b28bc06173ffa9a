import { launch } from './scripts/lib/browser.ts';
import { serveDir } from './scripts/lib/static-server.ts';
const [dir] = process.argv.slice(2);
const server = await serveDir(dir!);
const browser = await launch();
const pages = ['/', '/en/', '/budget/', '/years/', '/beneficiaries/', '/en/beneficiaries/', '/mobility-centres/', '/embed/beneficiaries-2017/', '/embed/budget-by-year/', '/charts/beneficiaries-2017.ka.svg', '/charts/budget-by-year.ka.svg','/charts/mobility-centres.ka.svg'];
for (const w of [360, 1280]) for (const p of pages) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  await page.goto(new URL(p.slice(1), server.url).href);
  const r = await page.evaluate(() => {
    const out: string[] = [];
    let min = 99;
    for (const svg of document.querySelectorAll('svg')) {
      const sr = svg.getBoundingClientRect();
      if (sr.width === 0 || svg.closest('[aria-hidden]')) continue;
      for (const t of svg.querySelectorAll('text')) {
        const fs = parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
        min = Math.min(min, fs);
        const b = t.getBoundingClientRect();
        const vbw = svg.viewBox.baseVal;
        const clip = b.left < sr.left - 1 || b.right > sr.right + 1 || b.top < sr.top - 1 || b.bottom > sr.bottom + 1 || b.right > innerWidth;
        if (clip) out.push(`clip ${t.textContent} ${b.left|0}-${b.right|0} svg ${sr.left|0}-${sr.right|0}`);
      }
    }
    return { min, out, sw: document.documentElement.scrollWidth };
  });
  console.log(w, p, r.min.toFixed(1), r.sw, r.out.slice(0, 5).join(' | '));
  await page.close();
}
await browser.close(); await server.close();
