/**
 * The official Frictionless Data Package v2 profiles (public domain) are kept in the repo under
 * standards/datapackage-2.0/, copied from ../shared/standards/, so CI needs nothing else.
 * Point DATAPACKAGE_PROFILES at another folder to check against other copies. They are
 * draft-07 JSON Schemas (hence the default `Ajv` class) and self-contained (no `$id`, no
 * `$ref`), so nothing has to be registered and no network is needed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

const PROFILES = process.env.DATAPACKAGE_PROFILES ?? resolve('standards/datapackage-2.0');
export const profile = (name: string) => JSON.parse(readFileSync(`${PROFILES}/${name}.json`, 'utf8')) as Record<string, unknown>;

// `strict: false`: the profiles carry annotation keywords Ajv does not know (propertyOrder,
// context, options) and one misspelt `item` (for `items`) in fieldsMatch.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// A UI hint in the profiles (multi-line text box), not a validation format.
ajv.addFormat('textarea', true);
const validators = Object.fromEntries(
  ['datapackage', 'dataresource', 'tableschema', 'tabledialect'].map((name) => {
    const schema = profile(name);
    if (schema.$schema !== 'http://json-schema.org/draft-07/schema#') throw new Error(`${name}.json is not a draft-07 JSON Schema: ${String(schema.$schema)}`);
    return [name, ajv.compile(schema)];
  }),
);

/** The profile's errors for `data` (empty when valid). */
export function profileErrors(name: 'datapackage' | 'dataresource' | 'tableschema' | 'tabledialect', data: unknown): ErrorObject[] {
  const validate = validators[name]!;
  return validate(data) ? [] : (validate.errors ?? []);
}
