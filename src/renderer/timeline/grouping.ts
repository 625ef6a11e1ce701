import type { DeadlineView, TimelineEntry } from '../../shared/api';
import { parseIsoDate } from '../i18n';

export type TimelineItem =
  | { kind: 'entry'; date: string; entry: TimelineEntry }
  | { kind: 'deadline'; date: string; deadline: DeadlineView };

export interface MonthGroup {
  year: number;
  month: number;
  items: TimelineItem[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
}

/** Groups items by year and month, newest year first; items within a month oldest first. */
export function groupByYearMonth(items: TimelineItem[]): YearGroup[] {
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date));
  const years = new Map<number, Map<number, TimelineItem[]>>();
  for (const item of sorted) {
    const parts = parseIsoDate(item.date);
    if (!parts) continue;
    const months = years.get(parts.year) ?? new Map<number, TimelineItem[]>();
    years.set(parts.year, months);
    const list = months.get(parts.month) ?? [];
    months.set(parts.month, list);
    list.push(item);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => ({
      year,
      months: [...months.entries()]
        .sort(([a], [b]) => a - b)
        .map(([month, list]) => ({ year, month, items: list })),
    }));
}
