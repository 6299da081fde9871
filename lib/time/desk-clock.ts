/**
 * The desk's one clock: every time an editor reads or types is a wall-clock time in the
 * newsroom's time zone, written one way ("2026-11-30 14:05 MSK", days as "2026-11-30").
 * Pure: the server and the browser format the same instant the same way.
 */

/** Names ICU leaves as "GMT+3": the abbreviations newsrooms in those zones actually use. */
const ABBREVIATIONS: Record<string, string> = {
  'Europe/Moscow': 'MSK',
  'Europe/Simferopol': 'MSK',
  'Europe/Volgograd': 'MSK',
  'Europe/Kirov': 'MSK',
  'Europe/Minsk': 'MSK',
  'Europe/Samara': 'SAMT',
  'Asia/Yekaterinburg': 'YEKT',
  'Asia/Novosibirsk': 'NOVT',
  'Asia/Vladivostok': 'VLAT',
  'Asia/Tokyo': 'JST',
  'Asia/Seoul': 'KST',
  'Asia/Shanghai': 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Kolkata': 'IST',
  'Asia/Jerusalem': 'IST',
  'Asia/Dubai': 'GST',
  'Asia/Singapore': 'SGT',
  'Europe/Istanbul': 'TRT',
};

/** A moment as the wall clock of a time zone shows it, with the zone's short name as ICU gives it. */
export type WallClock = { year: string; month: string; day: string; hour: string; minute: string; second: string; zone: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The one reading of a time zone's wall clock (formatters are kept per zone: making one costs more than formatting). */
export function wallClock(instant: Date, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    zone: parts.timeZoneName!,
  };
}

const britishZone = new Map<string, Intl.DateTimeFormat>();
/** The zone's abbreviation at `instant` ("MSK", "CET", "CEST", "EST", "UTC"); "GMT+5:45" style only where none is known. */
export function zoneAbbreviation(instant: Date, timeZone: string, american = wallClock(instant, timeZone).zone): string {
  if (!/^GMT[+-]/.test(american)) return american;
  const known = ABBREVIATIONS[timeZone];
  if (known) return known;
  let format = britishZone.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
    britishZone.set(timeZone, format);
  }
  return format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? american;
}

/** "2026-11-30 14:05 MSK": the moment as the newsroom's clock shows it. */
export function formatDeskInstant(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) return '—';
  const p = wallClock(instant, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${zoneAbbreviation(instant, timeZone, p.zone)}`;
}

/** The proleptic Gregorian date of a count of days since 1970-01-01 (H. Hinnant's civil_from_days), without a Date. */
function civilDate(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const QUARTER_HOUR_MS = 900_000;
const pad2 = (n: number) => String(n).padStart(2, '0');
const quartersByZone = new Map<string, Map<number, { offset: number; zone: string } | null>>();

/**
 * `formatDeskInstant` for many instants in one zone (a budget's thousands of deadlines):
 * the zone's offset and name are read once per quarter hour and the rest is arithmetic.
 * Zones change offset on quarter hours in practice; a quarter hour whose two ends
 * disagree (an odd historical change) is formatted the slow way, so the result is
 * always `formatDeskInstant`'s. What was read is kept per zone (at most 50,000 quarter
 * hours, about 520 days).
 */
export function deskInstantFormatter(timeZone: string): (instant: Date) => string {
  let quarters = quartersByZone.get(timeZone);
  if (!quarters) quartersByZone.set(timeZone, (quarters = new Map()));
  if (quarters.size > 50_000) quarters.clear();
  const offsetAt = (at: Date) => {
    const p = wallClock(at, timeZone);
    return {
      offset: Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - at.getTime(),
      zone: zoneAbbreviation(at, timeZone, p.zone),
    };
  };
  return (instant) => {
    const time = instant.getTime();
    if (Number.isNaN(time)) return '—';
    const quarter = Math.floor(time / QUARTER_HOUR_MS);
    let known = quarters.get(quarter);
    if (known === undefined) {
      const start = offsetAt(new Date(quarter * QUARTER_HOUR_MS));
      const end = offsetAt(new Date((quarter + 1) * QUARTER_HOUR_MS - 1000)); // on a whole second, as offsets are
      known = start.offset === end.offset && start.zone === end.zone ? start : null;
      quarters!.set(quarter, known);
    }
    if (!known) return formatDeskInstant(instant, timeZone);
    const wall = time + known.offset;
    const { year, month, day } = civilDate(Math.floor(wall / 86_400_000));
    if (year < 1000 || year > 9999) return formatDeskInstant(instant, timeZone);
    const minuteOfDay = Math.floor((wall - Math.floor(wall / 86_400_000) * 86_400_000) / 60_000);
    return `${year}-${pad2(month)}-${pad2(day)} ${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)} ${known.zone}`;
  };
}

/** "2026-11-30": the newsroom's day at that moment. */
export function deskDay(instant: Date, timeZone: string): string {
  const p = wallClock(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "3 min ago", "5 h ago", "2 days ago": how long since a change, for lists. */
export function timeSince(instant: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - instant.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
