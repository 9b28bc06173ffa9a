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
