/**
 * The search page's enhancement: shows the search form and runs Pagefind in the browser.
 * The query goes to Pagefind as stems (src/lib/search/georgian-stem.ts), so a Georgian case
 * form or plural finds the page. Pagefind (its script, WebAssembly and index, ~100 KB) is fetched only when the reader
 * focuses the field or arrives with ?q=, never on other pages. Pagefind picks the index of
 * the page's <html lang>, so a reader searches the pages of their own language.
 *
 * The page passes everything this needs as data attributes on [data-search]: the bundle's
 * address, the base path, and the messages in the page's language.
 */

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

import { searchTerms } from '../lib/search/georgian-stem.ts';

const MAX_RESULTS = 20;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) enhance(root);

function message(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Pagefind's excerpt (HTML-escaped text with <mark>) as safe DOM: text and <mark> only. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return Array.from(doc.body.firstChild?.childNodes ?? []).map((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

function enhance(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const list = root.querySelector<HTMLOListElement>('[data-results]');
  const noJs = root.querySelector<HTMLElement>('[data-nojs]');
  const d = root.dataset;
  if (!form || !input || !status || !list || !d.bundle) return;
  form.hidden = false;
  if (noJs) noJs.hidden = true;

  let pagefind: Promise<Pagefind> | null = null;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ d.bundle!) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: d.base ?? '/' });
      await pf.init();
      return pf;
    }));

  let latest = 0;
  const run = async (query: string) => {
    const q = query.trim();
    const mine = ++latest;
    list.replaceChildren();
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = d.loading ?? '';
    try {
      // Stems and joined numbers: Pagefind matches index words that start with each term.
      const search = await (await load()).search(searchTerms(q));
      if (!search || mine !== latest) return;
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== latest) return;
      status.textContent = message(data.length ? (d.count ?? '') : (d.none ?? ''), { count: search.results.length, query: q });
      list.replaceChildren(
        ...data.map((r) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = r.url;
          a.textContent = r.meta.title ?? r.url;
          const p = document.createElement('p');
          p.append(...excerptNodes(r.excerpt));
          li.append(a, p);
          return li;
        }),
      );
    } catch {
      if (mine === latest) status.textContent = d.failed ?? '';
    }
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value.trim());
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
