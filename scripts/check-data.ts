/**
 * `npm run check:data [-- --lang en|ka] [-- --data DIR]`: checks every dataset and prints every
 * problem, one per line, naming the file, the spreadsheet row and the column. Exits 1 on errors.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorsOf, formatIssue, type Lang } from '../src/lib/validation/issues.ts';
import { loadData } from '../src/lib/validation/load.ts';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'ka' }, data: { type: 'string', default: 'data' } } });
const lang: Lang = values.lang === 'en' ? 'en' : 'ka';
const { tables, issues } = loadData(resolve(values.data), values.data.replace(/\/$/, ''));
for (const i of issues) console.log(formatIssue(i, lang));
const errors = errorsOf(issues).length;
const warnings = issues.length - errors;
const rows = Object.values(tables).reduce((n, t) => n + t.length, 0);
if (lang === 'en') console.log(errors ? `\n${errors} error(s), ${warnings} warning(s). Fix the errors above; nothing can be published until then.` : `\nAll ${Object.keys(tables).length} datasets pass (${rows} rows), ${warnings} warning(s).`);
else console.log(errors ? `\n${errors} შეცდომა, ${warnings} გაფრთხილება. შეასწორეთ ზემოთ ჩამოთვლილი შეცდომები; მანამდე ვერაფერი გამოქვეყნდება.` : `\nყველა ${Object.keys(tables).length} მონაცემთა ნაკრები გაიარა შემოწმება (${rows} სტრიქონი), ${warnings} გაფრთხილება.`);
process.exitCode = errors ? 1 : 0;
