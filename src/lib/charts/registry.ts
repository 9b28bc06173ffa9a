/**
 * The chart registry: every chart on the site, once. Pages, embed pages (/embed/<id>/), images
 * (/charts/<id>.<lang>.svg|png) and chart downloads (/charts/<id>.csv|json) all read these
 * entries, so a chart's figures, notes and takeaway are the same wherever it appears.
 *
 * To add a chart: write its entry in entries/ and list it here; its embed, image and
 * downloads follow. Pages place it by id through their route model.
 */
import type { Tables } from '../validation/load.ts';
import type { ChartEntry } from './entry.ts';
import { budgetChangeChart, budgetChart } from './entries/budget.ts';
import { breakdownCharts } from './entries/breakdown.ts';
import { centresChart } from './entries/centres.ts';
import { iomCharts } from './entries/iom.ts';
import { matrixChart } from './entries/matrix.ts';
import { reachChart } from './entries/reach.ts';

const cache = new WeakMap<Tables, ChartEntry[]>();

/** Every chart, in site order (computed once per set of tables). */
export function chartRegistry(tables: Tables): ChartEntry[] {
  let charts = cache.get(tables);
  if (!charts) {
    charts = [budgetChart(tables), budgetChangeChart(tables), reachChart(tables), ...breakdownCharts(tables), matrixChart(tables), ...iomCharts(tables), centresChart(tables)];
    const ids = charts.map((c) => c.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice) throw new Error(`Two charts have the id ${twice}`);
    cache.set(tables, charts);
  }
  return charts;
}

/** The chart with this id, or undefined. */
export function findChart(tables: Tables, id: string): ChartEntry | undefined {
  return chartRegistry(tables).find((c) => c.id === id);
}

/** The chart with this id; a page that places an unknown chart stops the build. */
export function chartById(tables: Tables, id: string): ChartEntry {
  const c = findChart(tables, id);
  if (!c) throw new Error(`No chart ${id} in the registry (src/lib/charts/registry.ts)`);
  return c;
}
