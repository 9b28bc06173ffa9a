/**
 * The update desk's checker, loaded on the first file chosen: reads the files (an XLSX through
 * `lib/desk/xlsx-sheet.ts`), lays them over what the site publishes now, runs the build's own
 * validator and rules (`lib/desk/check.ts`) and draws the report as `npm run check` gives it.
 */
import './zod-jitless.ts';
import { checkDesk, type DeskCheck } from '../lib/desk/check.ts';
import { intake, type ChosenFile, type IntakeFile } from '../lib/desk/intake.ts';
import { insideBoundary, type Boundary, type InsideTest } from '../lib/geo/inside.ts';
import { zipSync } from 'fflate';
import { withRevisionRows } from '../lib/desk/revisions.ts';
import type { ChangedValue } from '../lib/update/revisions-needed.ts';
import type { Lang } from '../lib/validation/issues.ts';
import type { DataFiles } from '../lib/validation/load-from.ts';
import { datasets, slugs } from '../schemas/index.ts';
import type { NarrativeFiles } from './desk-narrative.ts';

let baseline: Promise<DataFiles> | undefined;
let boundary: Promise<InsideTest> | undefined;

/**
 * The data the desk fills in for files not chosen and compares with: the latest frozen release
 * (/data/releases/<version>/<slug>.csv, named by the page), so "what will change" is measured
 * against what readers can cite. A dataset newer than that release comes from /data/<slug>.csv.
 */
export function baselineFiles(base: string, release: string | undefined): Promise<DataFiles> {
  baseline ??= (async () => {
    const entries = await Promise.all(
      slugs.map(async (slug) => {
        const file = datasets[slug].file;
        const frozen = release ? await fetch(`${base}data/releases/${release}/${file}`) : null;
        const response = frozen?.ok ? frozen : await fetch(`${base}data/${file}`);
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        return [file, new Uint8Array(await response.arrayBuffer())] as const;
      }),
    );
    const byName = new Map<string, Uint8Array>(entries);
    return (name: string) => byName.get(name);
  })();
  baseline.catch(() => (baseline = undefined));
  return baseline;
}

/** The coordinate test, with the boundary the build used; fetched only when coordinates are checked. */
function boundaryTest(base: string): Promise<InsideTest> {
  boundary ??= fetch(`${base}update/boundary.json`).then(async (r) => {
    if (!r.ok) throw new Error(`boundary.json: HTTP ${r.status}`);
    return insideBoundary((await r.json()) as Boundary);
  });
  boundary.catch(() => (boundary = undefined));
  return boundary;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function draw(root: HTMLElement, result: DeskCheck, files: readonly IntakeFile[]): void {
  const target = root.querySelector<HTMLElement>('[data-report]')!;
  const chosenOf = new Map(files.map((f) => [`data/${datasets[f.slug].file}`, f.chosen]));
  const section = el('div');
  const summary = result.report.errors === 0 ? `${root.dataset.ready ?? ''} ${result.report.summary}` : result.report.summary;
  section.append(el('h2', root.dataset.reportTitle ?? '', { id: 'desk-report' }), el('p', summary, { class: 'summary', 'data-errors': String(result.report.errors) }));
  for (const { file, items } of result.report.files) {
    section.append(el('h3', file, { class: 'file-name' }));
    const chosen = chosenOf.get(file);
    if (chosen && chosen !== file.replace(/^data\//, '')) section.append(el('p', (root.dataset.fromFile ?? '{name}').replace('{name}', chosen)));
    const list = el('ul');
    for (const item of items) {
      const li = el('li', undefined, {
        class: `issue ${item.severity}`,
        'data-file': item.file,
        'data-code': item.code,
        'data-severity': item.severity,
        ...(item.row !== undefined ? { 'data-row': String(item.row) } : {}),
        ...(item.column !== undefined ? { 'data-column': item.column } : {}),
      });
      li.append(el('p', `${item.where}${item.columnText ? ` — ${item.columnText}` : ''}`));
      const dl = el('dl');
      for (const line of item.lines) dl.append(el('dt', line.label), el('dd', line.text));
      li.append(dl);
      list.append(li);
    }
    section.append(list);
  }
  target.replaceChildren(section);
  // How many checks have been drawn: lets a test (or a curious officer) tell one run from the next.
  root.dataset.checked = String(Number(root.dataset.checked ?? '0') + 1);
  // The live region says the verdict once; the report itself is read at the reader's pace.
  root.querySelector<HTMLElement>('[data-status]')!.textContent = summary;
}

type Words = Record<'changesTitle' | 'added' | 'removed' | 'changed' | 'noChanges' | 'reasonKa' | 'reasonEn' | 'writeRevisions' | 'downloadsTitle' | 'downloadZip' | 'downloadNote', string>;

const words = (root: HTMLElement) => JSON.parse(root.dataset.strings ?? '{}') as Words;
const today = () => new Date().toISOString().slice(0, 10);
let lastChosen: readonly ChosenFile[] = [];
let urls: string[] = [];

/** Rows added and removed, values changed (old → new), each changed value with its revision note form. */
function drawChanges(root: HTMLElement, result: DeskCheck, files: DataFiles): void {
  const w = words(root);
  const target = root.querySelector<HTMLElement>('[data-changes]')!;
  const section = el('div');
  section.append(el('h2', w.changesTitle));
  const all = result.changes.filter((c) => c.added.length || c.removed.length || c.changed.length);
  if (!all.length) section.append(el('p', w.noChanges));
  const needed: ChangedValue[] = [];
  for (const c of all) {
    section.append(el('h3', `data/${datasets[c.slug].file}`, { class: 'file-name' }));
    if (c.added.length) section.append(el('p', `${w.added}: ${c.added.join(', ')}`, { 'data-added': c.added.join(' ') }));
    if (c.removed.length) section.append(el('p', `${w.removed}: ${c.removed.join(', ')}`, { 'data-removed': c.removed.join(' ') }));
    if (c.changed.length) {
      section.append(el('p', `${w.changed}:`));
      const list = el('ul');
      for (const v of c.changed) list.append(el('li', `${v.rowKey} · ${v.column}: ${v.before} → ${v.after || '∅'}`, { class: 'change', 'data-change': `${v.slug}/${v.rowKey}/${v.column}` }));
      section.append(list);
      if (c.slug !== 'revisions') needed.push(...c.changed);
    }
  }
  // A note for every changed published value that no revision row explains yet.
  const missing = new Set(result.issues.filter((i) => i.code === 'revision_needed').map((i) => `${i.file}|${i.row ?? ''}|${i.column}`));
  const open = needed.filter((v) => missing.has(`data/${datasets[v.slug].file}|${v.row ?? ''}|${v.column}`));
  if (open.length) {
    const form = el('form', undefined, { 'data-revisions': '' });
    open.forEach((v, n) => {
      const set = el('fieldset');
      set.append(el('legend', `${v.slug} · ${v.rowKey} · ${v.column}: ${v.before} → ${v.after || '∅'}`));
      for (const lang of ['ka', 'en'] as const) {
        const id = `reason-${n}-${lang}`;
        const label = el('label', lang === 'ka' ? w.reasonKa : w.reasonEn, { for: id });
        const input = el('input', undefined, { id, name: id, required: '', lang, autocomplete: 'off' });
        set.append(label, input);
      }
      form.append(set);
    });
    form.append(el('button', w.writeRevisions, { type: 'submit' }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const chosenRevisions = lastChosen.find((f) => f.name.toLowerCase().startsWith('revisions') && f.bytes);
      const before = new TextDecoder().decode(chosenRevisions?.bytes ?? files('revisions.csv') ?? new Uint8Array());
      const csv = withRevisionRows(before, open, (v) => {
        const n = open.indexOf(v);
        return { ka: String(data.get(`reason-${n}-ka`) ?? ''), en: String(data.get(`reason-${n}-en`) ?? '') };
      }, today());
      const bytes = new TextEncoder().encode(csv);
      const next = [...lastChosen.filter((f) => f !== chosenRevisions), { name: 'revisions.csv', size: bytes.length, bytes }];
      void runDesk(root, next);
    });
    section.append(form);
  }
  target.replaceChildren(section);
}

/** The year's narratives as the desk's form last wrote them (none until written, none while they have errors). */
let narratives: NarrativeFiles = [];
let lastFiles: readonly IntakeFile[] = [];

/** Each checked file as the repository holds it, and the narratives, one by one and as one zip. */
function drawDownloads(root: HTMLElement, files: readonly IntakeFile[]): void {
  const w = words(root);
  const target = root.querySelector<HTMLElement>('[data-downloads]')!;
  for (const u of urls) URL.revokeObjectURL(u);
  urls = [];
  lastFiles = files;
  if (!files.length && !narratives.length) {
    target.replaceChildren();
    return;
  }
  const link = (name: string, bytes: Uint8Array, type: string) => {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    urls.push(url);
    return el('a', name, { href: url, download: name });
  };
  const section = el('div');
  section.append(el('h2', w.downloadsTitle), el('p', w.downloadNote));
  const list = el('ul');
  const named = [
    ...files.map((f) => [`data/${datasets[f.slug].file}`, f.csv, 'text/csv;charset=utf-8'] as const),
    ...narratives.map((n) => [n.path, new TextEncoder().encode(n.text), 'text/markdown;charset=utf-8'] as const),
  ];
  for (const [path, bytes, type] of named) {
    const li = el('li');
    li.append(link(path.split('/').at(-1)!, bytes, type));
    list.append(li);
  }
  const zip = el('li');
  zip.append(link('data-update.zip', zipSync(Object.fromEntries(named.map(([path, bytes]) => [path, bytes]))), 'application/zip'), document.createTextNode(` — ${w.downloadZip}`));
  list.append(zip);
  section.append(list);
  target.replaceChildren(section);
}

export async function runDesk(root: HTMLElement, chosen: readonly ChosenFile[]): Promise<DeskCheck> {
  const base = root.dataset.base ?? '/';
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'ka';
  const taken = intake(chosen);
  const files = await baselineFiles(base, root.dataset.release);
  const needsBoundary = taken.files.some((f) => f.slug === 'mobility_centres');
  // Rows the site already publishes passed the build's coordinate check; only chosen rows need the boundary.
  const inside: InsideTest = needsBoundary ? await boundaryTest(base) : () => true;
  const result = checkDesk(taken, files, inside, lang);
  lastChosen = chosen;
  drawChanges(root, result, files);
  // The narrative form (a chunk of its own), on the data as checked: its figures and the program years.
  const { drawNarrative } = await import('./desk-narrative.ts');
  drawNarrative(root, result.tables, lang, (written) => {
    narratives = written;
    drawDownloads(root, lastFiles);
  });
  drawDownloads(root, taken.files);
  draw(root, result, taken.files);
  return result;
}
