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

describe('where components get their data', () => {
  const files = ['components', 'layouts'].flatMap((d) => filesUnder(join(SRC, d), (f) => /\.(astro|ts|tsx|js|mjs)$/.test(f)));

  it('there are components and layouts to check', () => {
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    expect(files.some((f) => f.includes(`${sep}layouts${sep}`))).toBe(true);
  });

  it('no component or layout imports src/site-data/ (getTables, getPublication): pages pass data down', () => {
    const bad = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const imports = [...source.matchAll(/(?:from\s*|import\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      const hits = imports.filter((spec) => spec.startsWith('.') && relative(SRC, resolve(dirname(file), spec)).split(sep)[0] === 'site-data');
      if (/\b(getTables|getPublication)\s*\(/.test(source)) hits.push('calls getTables/getPublication');
      return hits.map((h) => `${relative(SRC, file)}: ${h}`);
    });
    expect(bad).toEqual([]);
  });
});
