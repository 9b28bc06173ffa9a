/** A chart placed on a page: its view and, when it can be embedded, the code to embed it. */
import { chartById } from '../charts/registry.ts';
import { chartView, embedPath, type ChartView } from '../charts/view.ts';
import { isEmbeddable } from '../charts/entry.ts';
import { embedCode } from '../embeds/embed-code.ts';
import { embedHeight } from '../embeds/embed-size.ts';
import type { RouteContext } from './context.ts';

export interface Figure {
  view: ChartView;
  /** The `<iframe>` code readers copy; null for a chart that cannot be embedded. */
  embedCode: string | null;
}

export function figure(ctx: RouteContext, id: string): Figure {
  const entry = chartById(ctx.tables, id);
  const view = chartView(entry, ctx.tables, ctx.locale, ctx);
  return {
    view,
    embedCode: isEmbeddable(entry)
      ? embedCode({ src: new URL(embedPath(entry.id, ctx.locale, ctx.base), ctx.site).href, title: view.title, height: embedHeight(entry, ctx.tables, ctx.locale) })
      : null,
  };
}
