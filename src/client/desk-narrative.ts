/**
 * The update desk's narrative form, loaded with the checker after the first file: the year's
 * summary and text in both languages side by side, a picker that inserts figures of the checked
 * data as `<Value>` tags, a live preview, and the build's own narrative check on every change
 * (`lib/desk/narrative.ts`). Once written, the two MDX files go with the files to hand over and
 * follow every later valid edit. The form is drawn once; a new check only renews its data.
 */
// First, as in desk-run.ts: the chunks share the schemas, and zod must be jitless before any is built.
import './zod-jitless.ts';
import { figureChoices, narrativeFiles, narrativeFormIssues, previewParagraphs, type NarrativeForm } from '../lib/desk/narrative.ts';
import { locales, type Locale } from '../lib/i18n/locales.ts';
import { reportModel } from '../lib/update/report.ts';
import type { Tables } from '../lib/validation/load-from.ts';

type Key = 'Title' | 'Intro' | 'Year' | 'Status' | 'Draft' | 'Published' | 'Ka' | 'En' | 'Summary' | 'Body' | 'Picker' | 'OtherYears' | 'InsertKa' | 'InsertEn' | 'Inserted' | 'Preview' | 'Write' | 'Written' | 'Problems' | 'Ok';
type Words = Record<`narrative${Key}`, string>;
export type NarrativeFiles = { path: string; text: string }[];

interface State {
  tables: Tables;
  lang: Locale;
  form: HTMLFormElement;
  written: boolean;
  announced: string;
  timer?: ReturnType<typeof setTimeout>;
  onFiles: (files: NarrativeFiles) => void;
}
let state: State | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const field = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const today = () => new Date().toISOString().slice(0, 10);

function values(s: State): NarrativeForm {
  const data = new FormData(s.form);
  const text = (lang: Locale) => ({ summary: String(data.get(`summary-${lang}`) ?? ''), body: String(data.get(`body-${lang}`) ?? '') });
  return { year: Number(data.get('year')), status: data.get('status') === 'published' ? 'published' : 'draft', published: today(), text: { ka: text('ka'), en: text('en') } };
}

/** The figures of the chosen year first, then those of other years; the chosen one kept when it is still there. */
function fillPicker(s: State): void {
  const select = field<HTMLSelectElement>('narr-figure');
  const chosen = select.value;
  const year = values(s).year;
  const mine = figureChoices(s.tables, year, s.lang);
  const tags = new Set(mine.map((c) => c.tag));
  const groups = [[String(year), mine], [strings.narrativeOtherYears, figureChoices(s.tables, null, s.lang).filter((c) => !tags.has(c.tag))]] as const;
  select.replaceChildren(
    ...groups.filter(([, list]) => list.length).map(([label, list]) => {
      const group = el('optgroup', undefined, { label });
      group.append(...list.map((c) => el('option', c.text, { value: c.tag })));
      return group;
    }),
  );
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

/** Each `<Value>` shown as its formatted figure, as the year page will show it. */
function drawPreview(s: State, form: NarrativeForm): void {
  for (const lang of locales) {
    const target = s.form.querySelector<HTMLElement>(`[data-preview="${lang}"]`)!;
    const summary = el('p', form.text[lang].summary.trim(), { class: 'lead' });
    const paragraphs = previewParagraphs(form.text[lang].body, s.tables, lang).map((parts) => {
      const p = el('p');
      for (const part of parts) p.append(part.figure ? el('strong', part.text, { class: part.missing ? 'value not-reported' : 'value' }) : document.createTextNode(part.text));
      return p;
    });
    target.replaceChildren(summary, ...paragraphs);
  }
}

/** The build's narrative check on the form: each problem under its field, in the page's language. */
function check(s: State, announce: boolean): boolean {
  const form = values(s);
  drawPreview(s, form);
  // A summary not written yet is a problem once the officer asks for the files, not before.
  const issues = narrativeFormIssues(form, s.tables).filter((i) => s.written || !(i.column === 'summary' && i.found === ''));
  const model = reportModel(issues, s.lang);
  const byField = new Map<string, HTMLElement[]>();
  for (const { file, items } of model.files) {
    const lang = locales.find((l) => file.endsWith(`.${l}.mdx`)) ?? s.lang;
    for (const item of items) {
      const id = item.column === 'summary' ? `narr-summary-${lang}` : item.column === 'year' ? 'narr-year' : item.column === 'status' ? 'narr-status-draft' : `narr-body-${lang}`;
      // A line of the text as the file numbers it; a front-matter value by its name (summary).
      const where = item.row !== undefined ? item.where : (item.column ?? item.where);
      const p = el('p', `${file}, ${where}: ${item.lines.map((l) => `${l.label}: ${l.text}`).join('; ')}`, { 'data-code': item.code, ...(item.row !== undefined ? { 'data-line': String(item.row) } : {}) });
      byField.set(id, [...(byField.get(id) ?? []), p]);
    }
  }
  for (const input of s.form.querySelectorAll<HTMLElement>('[aria-describedby]')) {
    const messages = byField.get(input.id) ?? [];
    field(input.getAttribute('aria-describedby')!).replaceChildren(...messages);
    if (messages.length) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  const w = words();
  const summary = model.errors ? w.narrativeProblems.replace('{count}', String(model.errors)) : s.written ? w.narrativeWritten : w.narrativeOk;
  // The live region speaks when the verdict changes, not on every key.
  if (announce && summary !== s.announced) field('narr-status').textContent = s.announced = summary;
  if (s.written) s.onFiles(model.errors ? [] : narrativeFiles(form));
  return model.errors === 0;
}

let strings: Words;
const words = () => strings;

/** The program years of the checked data, newest first; the chosen one kept, else the newest. */
function fillYears(s: State, select: HTMLSelectElement): void {
  const chosen = select.value;
  const years = [...new Set(s.tables.programs.map((p) => p.year))].sort((a, b) => b - a);
  select.replaceChildren(...years.map((y) => el('option', String(y), { value: String(y) })));
  if (years.includes(Number(chosen))) select.value = chosen;
}

function languageColumn(lang: Locale, w: Words): HTMLFieldSetElement {
  const set = el('fieldset', undefined, { class: 'narr-lang' });
  set.append(el('legend', lang === 'ka' ? w.narrativeKa : w.narrativeEn));
  for (const [name, label, rows] of [['summary', w.narrativeSummary, '2'], ['body', w.narrativeBody, '10']] as const) {
    const id = `narr-${name}-${lang}`;
    set.append(
      el('label', label, { for: id }),
      el('textarea', undefined, { id, name: `${name}-${lang}`, rows, lang, autocomplete: 'off', 'aria-describedby': `${id}-error` }),
      el('div', undefined, { id: `${id}-error`, class: 'field-error' }),
    );
  }
  set.append(el('h3', w.narrativePreview), el('div', undefined, { class: 'narr-preview', 'data-preview': lang, lang }));
  return set;
}

function build(root: HTMLElement, w: Words): HTMLFormElement {
  const form = el('form', undefined, { 'data-narrative-form': '', novalidate: '', 'aria-labelledby': 'narr-title' });
  const year = el('select', undefined, { id: 'narr-year', name: 'year', 'aria-describedby': 'narr-year-error' });
  const status = el('fieldset');
  status.append(el('legend', w.narrativeStatus));
  for (const [value, label] of [['draft', w.narrativeDraft], ['published', w.narrativePublished]] as const) {
    const id = `narr-status-${value}`;
    const radio = el('input', undefined, { type: 'radio', id, name: 'status', value, ...(value === 'draft' ? { checked: '', 'aria-describedby': 'narr-status-error' } : {}) });
    const labelled = el('label', undefined, { for: id });
    labelled.append(radio, document.createTextNode(` ${label}`));
    status.append(labelled);
  }
  status.append(el('div', undefined, { id: 'narr-status-error', class: 'field-error' }));
  const picker = el('div', undefined, { class: 'narr-picker' });
  picker.append(
    el('label', w.narrativePicker, { for: 'narr-figure' }),
    el('select', undefined, { id: 'narr-figure' }),
    el('button', w.narrativeInsertKa, { type: 'button', 'data-insert': 'ka' }),
    el('button', w.narrativeInsertEn, { type: 'button', 'data-insert': 'en' }),
  );
  const langs = el('div', undefined, { class: 'narr-langs' });
  langs.append(...locales.map((l) => languageColumn(l, w)));
  form.append(el('label', w.narrativeYear, { for: 'narr-year' }), year, el('div', undefined, { id: 'narr-year-error', class: 'field-error' }), status, picker, langs, el('p', undefined, { id: 'narr-status', role: 'status' }), el('button', w.narrativeWrite, { type: 'submit' }));
  const section = root.querySelector<HTMLElement>('[data-narrative]')!;
  section.replaceChildren(el('h2', w.narrativeTitle, { id: 'narr-title' }), el('p', w.narrativeIntro), form);
  return form;
}

function wire(s: State): void {
  const later = () => {
    clearTimeout(s.timer);
    s.timer = setTimeout(() => check(s, true), 400);
  };
  s.form.addEventListener('input', (e) => {
    const target = e.target as HTMLElement;
    if (target.id === 'narr-year') fillPicker(s);
    later();
  });
  s.form.addEventListener('click', (e) => {
    const lang = (e.target as HTMLElement).closest<HTMLElement>('[data-insert]')?.dataset.insert as Locale | undefined;
    if (!lang) return;
    const tag = field<HTMLSelectElement>('narr-figure').value;
    const body = field<HTMLTextAreaElement>(`narr-body-${lang}`);
    if (!tag) return;
    body.setRangeText(tag, body.selectionStart, body.selectionEnd, 'end');
    body.focus();
    field('narr-status').textContent = s.announced = words().narrativeInserted;
    check(s, false);
  });
  s.form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(s.timer);
    s.written = true;
    if (!check(s, true)) s.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

/**
 * Draws the form on the first check and renews its data on every later one.
 * @param onFiles receives the two MDX files once written (none while the text has errors)
 */
export function drawNarrative(root: HTMLElement, tables: Tables, lang: Locale, onFiles: (files: NarrativeFiles) => void): void {
  if (!tables.programs.length) return;
  strings = JSON.parse(root.dataset.strings ?? '{}') as Words;
  if (!state) {
    const base = { tables, lang, written: false, announced: '', onFiles };
    state = { ...base, form: build(root, strings) };
    wire(state);
  }
  state.tables = tables;
  fillYears(state, field<HTMLSelectElement>('narr-year'));
  fillPicker(state);
  check(state, false);
}
