/**
 * Reads the date forms found in real wire copy: ISO 8601 with or without a colon in
 * the offset (`+0100`), basic ISO (`20131020T192751+1100`), a space instead of `T`,
 * whitespace around the value, naive local times (taken as UTC), and RFC 822 dates
 * in feeds. Null for placeholders and nonsense.
 */
export function parseWireDate(raw: string | null | undefined): Date | null {
  if (!raw) return null;
  let value = raw.replace(/\s+/g, ' ').trim();
  if (!value || /[YMDH]{2}/.test(value)) return null;
  const basic = /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (basic) {
    const [, y, mo, d, h, mi, s, zone] = basic;
    value = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone ?? 'Z'}`;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value);
  if (iso) {
    const [, date, time, zone] = iso;
    const offset = !zone ? 'Z' : zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const parsed = new Date(`${date}T${time ?? '00:00:00'}${offset}`);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  const rfc = new Date(value.replace(/\b(UT|GMT)\b/, '+0000'));
  return Number.isNaN(rfc.getTime()) ? null : rfc;
}
