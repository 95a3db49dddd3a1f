import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { accountLabel } from './labels';

/**
 * Suggestions for the claim's budget line: the lines of the year's budget (the latest approved version, else
 * the latest), as "50105 会员活动支出" or "50405 困难职工帮扶支出 · 2025年送温暖专项". Empty when the year has none
 * or the date is not a date yet. Only a suggestion list: the field stays free text.
 */
export function useBudgetLineChoices(api: ApiClient, year: number | null): string[] {
  const [byYear, setByYear] = useState<{ year: number; choices: string[] } | null>(null);
  useEffect(() => {
    if (year === null) return;
    let live = true;
    api
      .call('budgets.list', { year })
      .then((versions) => {
        const chosen = versions.find((v) => v.isLatestApproved) ?? versions.at(-1);
        return chosen ? api.call('budgets.get', { id: chosen.id }) : null;
      })
      .then((budget) => {
        if (!live) return;
        const choices = (budget?.lines ?? [])
          .filter((l) => l.accountClass === 'spending')
          .map((l) => accountLabel(l.accountCode, l.accountName) + (l.projectName ? ` · ${l.projectName}` : ''));
        setByYear({ year, choices });
      })
      .catch(() => {
        // suggestions only: without them the clerk types the line
        if (live) setByYear({ year, choices: [] });
      });
    return () => {
      live = false;
    };
  }, [api, year]);
  return byYear && byYear.year === year ? byYear.choices : [];
}

/** The year of a typed YYYY-MM-DD date, or null. */
export function yearOf(date: string): number | null {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(date.trim());
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 2000 && y <= 2100 ? y : null;
}
