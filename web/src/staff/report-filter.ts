import type { ReportFilter } from './api';

/** The one-group choice in a report's address: `?year=9` or `?gender=girl`; both is an error the page explains. */
export function filterFrom(params: URLSearchParams): { filter?: ReportFilter; both: boolean } {
  const year = params.get('year');
  const gender = params.get('gender');
  if (year && gender) return { both: true };
  if (year) return { filter: { dimension: 'year', key: year }, both: false };
  if (gender) return { filter: { dimension: 'gender', key: gender }, both: false };
  return { both: false };
}

export const filterKey = (f: ReportFilter | undefined) => (f ? `${f.dimension}=${f.key}` : '');

/** A report's address for a round, and optionally one group. */
export function reportHref(settingId: string, wave: string, filter?: ReportFilter, page = '') {
  const params = new URLSearchParams({ wave });
  if (filter) params.set(filter.dimension, filter.key);
  return `/reports/settings/${encodeURIComponent(settingId)}${page}?${params}`;
}
