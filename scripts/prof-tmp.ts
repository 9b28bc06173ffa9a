import { openSite, closeSite } from './lib/browser.ts';
import { runAxe, WCAG } from '../tests/support/axe.ts';
const { browser, server } = await openSite();
const ctx = await browser.newContext();
const page = await ctx.newPage();
const pages = ['/', '/budget/', '/en/data/budget/', '/years/2017/', '/sources/', '/en/embed/budget-by-year/', '/sitemap/'];
const tot: Record<string, number> = {};
const g = '/sys/fs/cgroup/cpuacct/lead-prof/cpuacct.usage';
const fs = await import('node:fs');
const cpu = () => Number(fs.readFileSync(g, 'utf8')) / 1e9;
async function step(name: string, f: () => Promise<unknown>) {
  const c0 = cpu(); const t0 = performance.now();
  await f();
  tot[name] = (tot[name] ?? 0) + (cpu() - c0);
  tot[name + ' wall'] = (tot[name + ' wall'] ?? 0) + (performance.now() - t0) / 1000;
}
for (const p of pages) {
  await step('goto', () => page.goto(new URL(p.slice(1), server.url).href));
  await step('fonts', () => page.evaluate(() => document.fonts.ready.then(() => undefined)));
  await step('axe full', () => runAxe(page));
  await step('axe colour', () => runAxe(page, { rules: ['color-contrast', 'link-in-text-block'] }));
  const n = await page.$$eval('a[href], button, summary, input', (e) => e.length);
  await step('tab walk', async () => { for (let i = 0; i < n + 5; i++) { await page.keyboard.press('Tab'); await page.evaluate(() => document.activeElement?.tagName); } });
  await page.goto(new URL(p.slice(1), server.url).href);
  await step('tab batched', async () => { await page.evaluate(() => { (window as any).__f = []; document.addEventListener('focusin', (e) => { const s = getComputedStyle(e.target as Element); (window as any).__f.push(s.outlineStyle); }); }); for (let i = 0; i < n + 5; i++) await page.keyboard.press('Tab'); await page.evaluate(() => (window as any).__f.length); });
  await step('resize', async () => { await page.setViewportSize({ width: 360, height: 740 }); await page.evaluate(() => document.documentElement.scrollWidth); await page.setViewportSize({ width: 1280, height: 720 }); });
  console.log(p, n);
}
console.log(Object.entries(tot).map(([k, v]) => `${k}: ${v.toFixed(2)}`).join('\n'));
await closeSite(browser, server);
