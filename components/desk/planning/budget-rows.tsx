'use client';

import { useMemo } from 'react';
import { budgetRowsHtml, unpackBudgetRows } from '@/lib/planning/budget-html';

/**
 * A desk's budget rows, built as one escaped HTML string from compact data (one packed
 * string, see packBudgetRows). A client component so that only the data travels in the
 * page's flight payload: the markup of a week's 2,000 rows is made once on the server for
 * the HTML and again in the browser, never escaped into the payload beside it.
 */
export function BudgetRows({ packed }: { packed: string }) {
  const html = useMemo(() => budgetRowsHtml(unpackBudgetRows(packed)), [packed]);
  return <tbody dangerouslySetInnerHTML={{ __html: html }} />;
}
