import { launch } from './scripts/lib/browser.ts';
import { serveDir } from './scripts/lib/static-server.ts';
const server = await serveDir(process.argv[2]!);
const browser = await launch();
for (const p of ['/', '/en/']) {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
  await page.goto(new URL(p.slice(1), server.url).href);
  console.log(p, JSON.stringify(await page.evaluate(() => {
    const b = (s: string) => [...document.querySelectorAll(s)].map((e) => Math.round(e.getBoundingClientRect().bottom));
    const h = (s: string) => [...document.querySelectorAll(s)].map((e) => Math.round(e.getBoundingClientRect().height));
    return { firstValueTop: Math.round(document.querySelector('.stat .value')?.getBoundingClientRect().top ?? -1), valueBottoms: b('.stat .value').slice(0, 2), noteBottoms: b('.stat .note').slice(0, 2), valueH: h('.stat .value'), srcH: h('.stat .src, .stat .sources-disclosure'), chartSrcH: h('.chart-sources'), chartH: h('.chart-body svg') };
  })));
  await page.close();
}
await browser.close(); await server.close();
