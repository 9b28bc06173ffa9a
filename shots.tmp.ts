import { launch } from './scripts/lib/browser.ts';
import { serveDir } from './scripts/lib/static-server.ts';
const [dir, tag] = process.argv.slice(2);
const server = await serveDir(dir!);
const browser = await launch();
for (const lang of ['ka', 'en']) for (const w of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width: w, height: w === 360 ? 640 : 800 } });
  await page.goto(new URL(lang === 'en' ? 'en/' : '', server.url).href);
  await page.screenshot({ path: `/tmp/shots-16/${tag}-home-${lang}-${w}.png` });
  await page.screenshot({ path: `/tmp/shots-16/${tag}-home-${lang}-${w}-full.png`, fullPage: true });
  const info = await page.evaluate(() => {
    const vis = [...document.querySelectorAll('main *')].filter((e) => { const r = e.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0 && e.children.length === 0 && (e.textContent ?? '').trim(); }).map((e) => (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80));
    return vis;
  });
  console.log(tag, lang, w, JSON.stringify(info));
  await page.close();
}
await browser.close(); await server.close();
