/** Rows → published files: CSV, JSON, XLSX, datapackage.json, JSON-LD and citations. */
export { sha256, byteLength } from './checksum.ts';
export { toCsv, toCsvForExcel, BOM, CSV_LINE_END } from './csv.ts';
export { toJson, toRecords } from './json.ts';
export { toXlsx, fromXlsx, type XlsxMeta } from './xlsx.ts';
export { tableSchema, type TableSchema } from './table-schema.ts';
export { dataPackage, type DataPackage, type DataPackageInput, type PublishedFile } from './datapackage.ts';
export { datasetJsonLd, dataCatalogJsonLd, jsonLdScript, temporalCoverage, type JsonLdContext } from './jsonld.ts';
export { citation, bibtex, type CitationInput } from './citation.ts';
export { downloadUrl, downloadFileName, datasetPageUrl, cataloguePageUrl, homeUrl, dataFileUrl, MEDIA_TYPES, type DownloadFormat } from './urls.ts';
export type { AnyRow, DatasetInfo, Licence, Publisher, SourceTitle } from './types.ts';
