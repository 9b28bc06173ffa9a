/**
 * `npm run new-year -- 2019`: adds the year to data/programs.csv (figures empty = not
 * reported), logs it in data/revisions.csv as provisional, and writes draft narratives
 * content/years/2019.ka.mdx and .en.mdx. Refuses a year that exists and a year that is not one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NewYearError, parseYear, scaffoldYear } from '../src/lib/update/new-year.ts';

const root = process.cwd();
try {
  const year = parseYear(process.argv[2]);
  const today = new Date().toISOString().slice(0, 10);
  const programsPath = `${root}/data/programs.csv`;
  const revisionsPath = `${root}/data/revisions.csv`;
  const out = scaffoldYear(year, today, {
    programsCsv: readFileSync(programsPath, 'utf8'),
    revisionsCsv: readFileSync(revisionsPath, 'utf8'),
    existingNarratives: [`content/years/${year}.ka.mdx`, `content/years/${year}.en.mdx`].filter((p) => existsSync(`${root}/${p}`)),
  });
  writeFileSync(programsPath, out.programsCsv);
  writeFileSync(revisionsPath, out.revisionsCsv);
  for (const n of out.narratives) {
    mkdirSync(dirname(`${root}/${n.path}`), { recursive: true });
    writeFileSync(`${root}/${n.path}`, n.text);
  }
  console.log(`${year}: დაემატა / added
- data/programs.csv: ახალი სტრიქონი, ცარიელი მონაცემებით / a new row with empty figures
- data/revisions.csv: წელი მონიშნულია წინასწარად / the year is marked provisional
- ${out.narratives.map((n) => n.path).join('\n- ')}: სტატუსი draft / status draft

შემდეგ / Next: შეავსეთ მონაცემები და წყაროები, გაუშვით npm run check / fill in the figures and their sources, run npm run check.`);
} catch (e) {
  if (e instanceof NewYearError) {
    console.error(`შეცდომა: ${e.ka}\nError: ${e.message}`);
    process.exitCode = 1;
  } else throw e;
}
