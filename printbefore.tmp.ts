import { launch } from './scripts/lib/browser.ts';
import { serveDir } from './scripts/lib/static-server.ts';
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const server = await serveDir(process.argv[2]!);
const browser = await launch();
for (const p of ['/', '/budget/', '/years/2020/', '/en/']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(new URL(p.slice(1), server.url).href);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const fills: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const pg = await doc.getPage(i); const [, y0, , y1] = pg.view as number[];
    const ys = ((await pg.getTextContent()).items as any[]).filter((x) => x.str?.trim()).map((x) => x.transform[5]);
    fills.push(ys.length ? `${Math.round(((Math.max(...ys) - Math.min(...ys) + 12) / (y1! - y0! - 2 * 15 / 25.4 * 72)) * 100)}%` : '0%');
  }
  console.log(process.argv[2], p, doc.numPages, fills.join(' '));
  await page.close();
}
await browser.close(); await server.close();
