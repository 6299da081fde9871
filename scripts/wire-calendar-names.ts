// `npm run wire:calendar-names`: writes lib/wire/calendar-names.ts, the month and weekday
// names datelines are read with, from this runtime's Intl data (see lib/wire/calendar-intl.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { calendarNamesFromIntl } from '@/lib/wire/calendar-intl';

const { months, weekdays } = calendarNamesFromIntl();
const list = (names: string[]) => names.map((n) => `'${n}'`).join(', ');
const file = path.resolve(import.meta.dirname, '../lib/wire/calendar-names.ts');
writeFileSync(
  file,
  `// Written by \`npm run wire:calendar-names\` from the runtime's Intl data (lib/wire/calendar-intl.ts); do not edit.
export const MONTH_NAMES: readonly string[] = [${list(months)}];
export const WEEKDAY_NAMES: readonly string[] = [${list(weekdays)}];
`,
);
console.log(`${months.length} month names and ${weekdays.length} weekday names written to ${path.relative(process.cwd(), file)}`);
