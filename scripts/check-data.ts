/**
 * `npm run check:data [-- --lang en|ka] [-- --data DIR]`: checks every dataset and prints every
 * problem, one per line, naming the file, the spreadsheet row and the column. Exits 1 on errors.
 * The report itself is scripts/lib/check-data-report.ts.
 */
import { parseArgs } from 'node:util';
import { checkDataReport } from './lib/check-data-report.ts';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'ka' }, data: { type: 'string', default: 'data' } } });
const { lines, exitCode } = checkDataReport({ data: values.data, lang: values.lang === 'en' ? 'en' : 'ka' });
for (const l of lines) console.log(l);
process.exitCode = exitCode;
