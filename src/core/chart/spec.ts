/**
 * A chart as plain data, produced by the answer engine and drawn by a renderer (SVG → PNG).
 * Amounts are decimal strings in the stated unit: the renderer prints them exactly and derives bar
 * lengths from them; it never does arithmetic that ends up in a label.
 */
import type { MoneyUnit } from '../money.js';

export type ChartKind =
  /** One series, one bar per category (a breakdown, top-N items). Shares may be given per bar. */
  | 'bar'
  /** Two series, last year vs this year, per category (totals, 基本, 项目, 三公 and its parts). */
  | 'comparison'
  /** One series whose categories are the parts of a whole (三公 composition); drawn as a stacked bar. */
  | 'composition';

export interface ChartSeries {
  /** e.g. "2020年预算数", "2019年预算数" */
  name: string;
  /** One decimal string per category, in `unit`; null = not published (drawn as "—", no bar). */
  values: (string | null)[];
}

export interface ChartSpec {
  kind: ChartKind;
  /** Names the dataset: "北京市西城区人民政府办公室 2020年 支出功能分类（类）" */
  title: string;
  /** Names the source table(s) and the computation: "来源：表三 部门支出总体情况表" */
  source: string;
  unit: MoneyUnit;
  categories: string[];
  series: ChartSeries[];
  /** Optional per-category share labels ("29.46%"), already formatted, aligned with categories. */
  shares?: (string | null)[];
}
