import { describe, expect, it } from 'vitest';
import { datasets } from '../../schemas/index.ts';
import { bibtex, bibtexEscape, citation, type CitationInput } from './citation.ts';
import { licence, publisher } from './test-support.ts';

const input: CitationInput = {
  title: datasets.beneficiaries.title,
  url: 'https://reintegration.example.org/data/beneficiaries/',
  version: '0.1.0',
  date: '2025-01-31',
  publisher,
  licence,
};

describe('citation', () => {
  it('citation gives the sentence in English and Georgian', () => {
    expect(citation(input)).toEqual({
      en: 'Open data on the state program “Reintegration assistance to returned migrants in Georgia” (2025). Beneficiaries by service (version 0.1.0) [Data set]. https://reintegration.example.org/data/beneficiaries/. Licence: CC BY 4.0.',
      ka: 'ღია მონაცემები სახელმწიფო პროგრამის „საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება“ შესახებ (2025). ბენეფიციარები სერვისების მიხედვით (ვერსია 0.1.0) [მონაცემთა ნაკრები]. https://reintegration.example.org/data/beneficiaries/. ლიცენზია: CC BY 4.0.',
    });
  });

  it('citation takes the year from a Date too', () => {
    expect(citation({ ...input, date: new Date('2019-12-31T12:00:00Z') }).en).toContain('(2019)');
  });

  it('bibtex writes a @misc entry with a corporate author, year, version, url and licence note', () => {
    expect(bibtex({ ...input, key: 'reintegration_beneficiaries_2025' })).toBe(
      [
        '@misc{reintegration_beneficiaries_2025,',
        '  author       = {{Open data on the state program “Reintegration assistance to returned migrants in Georgia”}},',
        '  title        = {{Beneficiaries by service}},',
        '  year         = {2025},',
        '  version      = {0.1.0},',
        '  howpublished = {Data set},',
        '  url          = {https://reintegration.example.org/data/beneficiaries/},',
        '  note         = {Licence: CC BY 4.0},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('bibtexEscape escapes TeX specials', () => {
    expect(bibtexEscape('R&D 50% {x}_1 #2 $3 ~ ^ \\')).toBe('R\\&D 50\\% \\{x\\}\\_1 \\#2 \\$3 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });
});

describe('a citation pinned to a release', () => {
  const pinned = {
    title: { ka: 'ბიუჯეტი', en: 'Budget' },
    url: 'https://x.org/data/programs/',
    permanentUrl: 'https://x.org/data/releases/1.1.0/programs.csv',
    version: '1.1.0',
    date: '2026-12-02',
    publisher: { name: { ka: 'საიტი', en: 'The site' }, contact: { url: null } },
    licence: { id: 'CC-BY-4.0', title: 'CC BY', short: 'CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
    originalSources: [{ ka: 'სამინისტრო', en: 'The Ministry' }, { ka: 'IOM', en: 'IOM' }, { ka: 'სამინისტრო', en: 'The Ministry' }],
  };
  it('names the version, the permanent address and the producers of the figures', () => {
    expect(citation(pinned).en).toBe('The site (2026). Budget (version 1.1.0) [Data set]. https://x.org/data/releases/1.1.0/programs.csv. Original source of the figures: The Ministry; IOM. Licence: CC BY 4.0.');
    expect(citation(pinned).ka).toContain('რიცხვების პირველწყარო: სამინისტრო; IOM.');
    const b = bibtex({ ...pinned, key: 'k' });
    expect(b).toContain('url          = {https://x.org/data/releases/1.1.0/programs.csv},');
    expect(b).toContain('note         = {Original source of the figures: The Ministry; IOM. Licence: CC BY 4.0},');
  });
  it('names at most three producers, then "and others"', () => {
    const many = ['A', 'B', 'C', 'D'].map((x) => ({ ka: x, en: x }));
    expect(citation({ ...pinned, originalSources: many }).en).toContain('Original source of the figures: A; B; C and others.');
  });
});
