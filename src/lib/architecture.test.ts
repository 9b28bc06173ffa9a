/**
 * The layers of src/lib, checked from the imports themselves: no two top-level folders import
 * each other, even through a third; the domain layer depends on nothing built on top of it;
 * and components read their data from props, never from src/site-data/ (pages do that, once,
 * through their route model).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIB = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(LIB, '..');

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
  });
}

/** Every module a TypeScript file names: static and dynamic imports, `export … from`, type imports. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** The part of src/lib a file belongs to: its top-level folder, or the file itself at the top. */
function layerOf(file: string): string | null {
  const rel = relative(LIB, file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0]! : rel;
}

const libFiles = filesUnder(LIB, (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'));

/** Edges between layers, each with the imports that make it. */
const edges = new Map<string, Map<string, string[]>>();
for (const file of libFiles) {
  const from = layerOf(file)!;
  for (const spec of specifiers(file)) {
    if (!spec.startsWith('.')) continue;
    const to = layerOf(resolve(dirname(file), spec));
    if (to === null || to === from) continue;
    const targets = edges.get(from) ?? new Map<string, string[]>();
    targets.set(to, [...(targets.get(to) ?? []), `${relative(SRC, file)} → ${spec}`]);
    edges.set(from, targets);
  }
}

/** The cycles of the layer graph, each as a path that starts and ends at the same layer. */
function cycles(graph: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  const found: string[][] = [];
  const seen = new Set<string>();
  const walk = (node: string, path: string[]) => {
    for (const next of graph.get(node)?.keys() ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const cycle = path.slice(at);
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          found.push([...cycle, next]);
        }
      } else walk(next, [...path, next]);
    }
  };
  for (const node of graph.keys()) walk(node, [node]);
  return found;
}

const explain = (cycle: string[]) =>
  cycle
    .slice(1)
    .map((to, i) => `${cycle[i]} → ${to}: ${edges.get(cycle[i]!)!.get(to)!.join('; ')}`)
    .join('\n');

describe('the layers of src/lib', () => {
  it('the import parser sees the imports of src/lib (the check is not vacuous)', () => {
    expect(libFiles.length).toBeGreaterThan(50);
    expect(edges.get('routes')?.has('domain')).toBe(true);
    expect(edges.get('charts')?.has('domain')).toBe(true);
    expect(edges.get('images')?.has('charts')).toBe(true);
  });

  it('the cycle finder finds a cycle through a third folder, and none in a layered graph', () => {
    const graph = (pairs: [string, string][]) => {
      const g = new Map<string, Map<string, null>>();
      for (const [a, b] of pairs) g.set(a, (g.get(a) ?? new Map()).set(b, null));
      return g;
    };
    expect(cycles(graph([['routes', 'charts'], ['charts', 'domain'], ['domain', 'routes']]))).toEqual([['routes', 'charts', 'domain', 'routes']]);
    expect(cycles(graph([['routes', 'charts'], ['charts', 'domain'], ['routes', 'domain']]))).toEqual([]);
  });

  it('no two top-level folders of src/lib import each other, directly or through others', () => {
    const found = cycles(edges);
    expect(found.map((c) => `${c.join(' → ')}\n${explain(c)}`)).toEqual([]);
  });

  it('src/lib/domain imports nothing from the layers built on it', () => {
    const above = ['charts', 'routes', 'share', 'downloads', 'update', 'content'];
    const bad = above.flatMap((layer) => edges.get('domain')?.get(layer) ?? []);
    expect(bad).toEqual([]);
  });
});

/** Every module a file names in an import (static, dynamic, side-effect or `export … from`). */
const importsOf = (source: string) => [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);

/** The data loaders: src/site-data/ and Astro's content collections. */
const LOADER_CALL = /\b(getTables|getPublication|getReleases|releaseVersions|routeContext|getCollection|getEntry)\s*\(/;

/** How a component or layout fetches data itself, each as a short phrase ([] when it only reads props). */
function fetchesIn(file: string, source: string): string[] {
  const hits = importsOf(source)
    .filter((spec) => spec === 'astro:content' || (spec.startsWith('.') && relative(SRC, resolve(dirname(file), spec)).split(sep)[0] === 'site-data'))
    .map((spec) => `imports ${spec}`);
  const call = LOADER_CALL.exec(source);
  if (call) hits.push(`calls ${call[1]}`);
  return hits;
}

describe('where components get their data', () => {
  const files = ['components', 'layouts'].flatMap((d) => filesUnder(join(SRC, d), (f) => /\.(astro|ts|tsx|js|mjs)$/.test(f)));

  it('there are components and layouts to check', () => {
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    expect(files.some((f) => f.includes(`${sep}layouts${sep}`))).toBe(true);
  });

  it('the check catches a component that loads data', () => {
    const file = join(SRC, 'components', 'figures', 'Example.astro');
    expect(fetchesIn(file, "---\nimport { getTables } from '../../site-data/tables.ts';\nconst t = await getTables();\n---")).toEqual(['imports ../../site-data/tables.ts', 'calls getTables']);
    expect(fetchesIn(file, "---\nimport { getCollection } from 'astro:content';\n---")).toEqual(['imports astro:content']);
    expect(fetchesIn(file, "---\nimport type { Row } from '../../schemas/index.ts';\nconst { rows } = Astro.props;\n---")).toEqual([]);
  });

  it('no component or layout imports src/site-data/ or astro:content, or calls a loader (getTables, getReleases, getCollection…): pages pass data down', () => {
    const bad = files.flatMap((file) => fetchesIn(file, readFileSync(file, 'utf8')).map((h) => `${relative(SRC, file)}: ${h}`));
    expect(bad).toEqual([]);
  });
});

/**
 * A page only calls its route model: it reads its props, loads what the build read once
 * (src/site-data/: tables, releases, publication, settings), hands them to a model under
 * src/lib/routes/ and renders the result with components, layouts and the i18n helpers.
 * Two checkable rules say so:
 * - a page imports only from src/lib/routes, src/lib/i18n, src/components, src/layouts,
 *   src/site-data, src/client (its enhancing script), src/styles, and `astro` itself;
 * - a page does no lookups or computations: no `.find(`, `.filter(`, `.some(`, `.sort(`, `.at(`…,
 *   no `Object.`/`JSON.`/`Math.`/`new URL(` anywhere, and no `.map(` in a page's frontmatter or
 *   in an endpoint (a template's `.map(` renders a list the model made).
 * Pages written before the rule are listed in PAGES_NOT_YET_ON_A_MODEL; each must still break a
 * rule (so the list only shrinks), and no other page may.
 */
const PAGE_IMPORTS_ALLOWED = ['lib/routes', 'lib/i18n', 'components', 'layouts', 'site-data', 'client', 'styles'];
const PAGE_PACKAGES_ALLOWED = ['astro', 'astro:content'];
const LOOKUPS = /\.(find|findLast|filter|some|every|reduce|sort|at|flatMap|includes|indexOf)\(|\b(Object|JSON|Math)\.|new URL\(/g;
const MAPS = /\.map\(/g;

/** Pages that still hold their own lookups or import below the route models (to move, then delete from here). */
const PAGES_NOT_YET_ON_A_MODEL: readonly string[] = [
  '404.astro',
  '[...lang]/about.astro',
  '[...lang]/awareness.astro',
  '[...lang]/data/changes.astro',
  '[...lang]/data/index.astro',
  '[...lang]/embed/[chart].astro',
  '[...lang]/help.astro',
  '[...lang]/releases/[version].astro',
  '[...lang]/sources.astro',
  '[...lang]/years/[year].astro',
  'charts/[id].csv.ts',
  'charts/[id].json.ts',
  'charts/[id].png.ts',
  'charts/[id].svg.ts',
  'data/[file].ts',
  'data/releases/[version]/[file].ts',
  'data/releases.json.ts',
  'en/rss.xml.ts',
  'robots.txt.ts',
  'rss.xml.ts',
];

/** The rules a page breaks, each as "what: where". */
function pageProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  const isAstro = file.endsWith('.astro');
  for (const spec of importsOf(source)) {
    if (!spec.startsWith('.')) {
      if (!PAGE_PACKAGES_ALLOWED.includes(spec)) problems.push(`imports ${spec}`);
      continue;
    }
    const target = relative(SRC, resolve(dirname(file), spec)).split(sep).join('/');
    if (!PAGE_IMPORTS_ALLOWED.some((dir) => target.startsWith(`${dir}/`))) problems.push(`imports ${spec}`);
  }
  const frontmatter = isAstro ? (/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') : source;
  for (const m of source.matchAll(LOOKUPS)) problems.push(`computes: ${m[0]}`);
  for (const m of frontmatter.matchAll(MAPS)) problems.push(`computes in ${isAstro ? 'its frontmatter' : 'an endpoint'}: ${m[0]}`);
  return problems;
}

describe('what a page does', () => {
  const pagesDir = join(SRC, 'pages');
  const pages = filesUnder(pagesDir, (f) => /\.(astro|ts)$/.test(f) && !f.endsWith('.test.ts'));
  const name = (f: string) => relative(pagesDir, f).split(sep).join('/');
  const found = new Map(pages.map((f) => [name(f), pageProblems(f, readFileSync(f, 'utf8'))]));

  it('the rules catch a page that looks data up or imports below the route models', () => {
    const file = join(pagesDir, '[...lang]', 'example.astro');
    expect(pageProblems(file, "---\nimport { getTables } from '../../site-data/tables.ts';\nimport { routeContext } from '../../site-data/route.ts';\nimport { budgetModel } from '../../lib/routes/budget.ts';\nconst m = budgetModel(await routeContext('ka'));\n---\n<ul>{m.rows.map((r) => <li>{r}</li>)}</ul>")).toEqual([]);
    expect(pageProblems(file, "---\nimport { datasets } from '../../schemas/index.ts';\nimport { base } from '../../site.config.ts';\nconst rows = datasets.map((d) => d.slug);\n---\n{rows.filter((r) => r).length}")).toEqual([
      "imports ../../schemas/index.ts",
      "imports ../../site.config.ts",
      'computes: .filter(',
      'computes in its frontmatter: .map(',
    ]);
    expect(pageProblems(join(pagesDir, 'og', 'x.png.ts'), "import { svgToPng } from '../../lib/images/png.ts';\nexport const GET = () => new Response(JSON.stringify([1].map(String)));")).toEqual([
      "imports ../../lib/images/png.ts",
      'computes: JSON.',
      'computes in an endpoint: .map(',
    ]);
  });

  it('there are pages, and the pages on a model pass', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of ['[...lang]/sitemap.astro', '[...lang]/update.astro', 'update/boundary.json.ts', '[...lang]/data/[slug].astro', 'og/[...card].png.ts']) expect(found.get(page), page).toEqual([]);
  });

  it('no page looks data up or imports below the route models, except the listed ones not moved yet', () => {
    const breaking = [...found].filter(([, p]) => p.length > 0);
    expect(breaking.filter(([page]) => !PAGES_NOT_YET_ON_A_MODEL.includes(page)).map(([page, p]) => `${page}: ${p.join('; ')}`)).toEqual([]);
  });

  it('every page on the not-yet list still breaks a rule (a page moved to its model leaves the list)', () => {
    expect(PAGES_NOT_YET_ON_A_MODEL.filter((page) => (found.get(page) ?? []).length === 0)).toEqual([]);
  });
});
