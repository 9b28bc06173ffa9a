import { pageStrings } from './define.ts';

/** Words around every chart: permalink, downloads, source line, missing values. */
export const figure = pageStrings(
  {
    'figure.permalink': 'ბმული ამ დიაგრამაზე',
    'figure.dataCsv': 'დიაგრამის მონაცემები (CSV)',
    'figure.dataJson': 'დიაგრამის მონაცემები (JSON)',
    'figure.sourceLine': 'წყარო:',
    'figure.sourcesAndReason': '{sources} და მიზეზი',
    'figure.ref': 'ადგილი წყაროში',
    'figure.missingKey': 'დაშტრიხული ნიშანი: მონაცემი არ არის (არ ნიშნავს ნულს).',
    'figure.derivedKey': '„გამოთვლილი“ ნიშნავს, რომ რიცხვი საიტმა გამოთვალა სხვა მონაცემებიდან.',
  },
  {
    'figure.permalink': 'Link to this chart',
    'figure.dataCsv': 'Chart data (CSV)',
    'figure.dataJson': 'Chart data (JSON)',
    'figure.sourceLine': 'Source:',
    'figure.sourcesAndReason': '{sources} and the reason',
    'figure.ref': 'place in the source',
    'figure.missingKey': 'Hatched mark: not reported (this does not mean zero).',
    'figure.derivedKey': '“Derived” means the site computed the figure from other figures.',
  },
);
