import type { HourCount } from '@/lib/stories/dashboard-queries';

const hourLabel = (hour: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(hour);

/** Bars per hour, in the newsroom's time zone, with the numbers as a table for screen readers. */
export function PublishedChart({ hours, timeZone }: { hours: HourCount[]; timeZone: string }) {
  const max = Math.max(1, ...hours.map((h) => h.count));
  const total = hours.reduce((sum, h) => sum + h.count, 0);
  const width = 960;
  const height = 160;
  const bar = width / hours.length;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-slate-600">{total} publications in the last {hours.length} hours (busiest hour: {max === 1 && total === 0 ? 0 : max}).</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 20}`} className="h-48 w-full" role="img" aria-label={`Stories published per hour over the last ${hours.length} hours: ${total} in all`}>
        {hours.map((h, i) => {
          const barHeight = (h.count / max) * height;
          return (
            <g key={h.hour.toISOString()}>
              <rect x={i * bar + 1} y={height - barHeight} width={bar - 2} height={barHeight} className="fill-brand">
                <title>{`${hourLabel(h.hour, timeZone)}: ${h.count}`}</title>
              </rect>
              {i % 6 === 0 ? <text x={i * bar} y={height + 14} className="fill-slate-500 text-[10px]">{hourLabel(h.hour, timeZone)}</text> : null}
            </g>
          );
        })}
      </svg>
      <details>
        <summary className="cursor-pointer text-sm text-slate-700">Numbers per hour</summary>
        <table className="mt-2 text-sm" aria-label="Stories published per hour">
          <thead><tr><th className="pr-4 text-left">Hour ({timeZone})</th><th className="text-right">Published</th></tr></thead>
          <tbody>
            {hours.map((h) => <tr key={h.hour.toISOString()}><td className="pr-4">{hourLabel(h.hour, timeZone)}</td><td className="text-right">{h.count}</td></tr>)}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
