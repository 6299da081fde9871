import type { HourCount } from '@/lib/stories/dashboard-queries';
import { formatDeskInstant } from '@/lib/time/desk-clock';

/** "14:00" on the axis; the full desk time in the tooltip and the table. */
const hourOnAxis = (hour: Date, timeZone: string) => formatDeskInstant(hour, timeZone).slice(11, 16);

/** Round tick values for a value axis from 0 to at least `max` (1, 2, 5 × 10ⁿ steps). */
export function valueTicks(max: number): number[] {
  const top = Math.max(1, max);
  const raw = top / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw && Number.isInteger(s)) ?? Math.ceil(raw);
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) {
    ticks.push(value);
    if (value >= top) break;
  }
  return ticks;
}

/** Bars per hour, in the newsroom's time zone, against a value axis, with the numbers as a table for screen readers. */
export function PublishedChart({ hours, timeZone }: { hours: HourCount[]; timeZone: string }) {
  const max = Math.max(0, ...hours.map((h) => h.count));
  const total = hours.reduce((sum, h) => sum + h.count, 0);
  const ticks = valueTicks(max);
  const top = ticks.at(-1)!;
  const left = 44;
  const width = 960;
  const height = 160;
  const plot = width - left;
  const bar = plot / hours.length;
  // The plot starts below the axis's name, so the top tick's number never sits under it.
  const plotTop = 24;
  const y = (value: number) => plotTop + height - (value / top) * height;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-slate-600">
        {total} publications in the last {hours.length} hours (busiest hour: {max}).
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${plotTop + height + 24}`}
        className="h-52 w-full"
        role="img"
        aria-label={`Stories published per hour over the last ${hours.length} hours: ${total} in all, at most ${max} in an hour`}
      >
        <g data-testid="value-axis" aria-hidden="true">
          <text x={0} y={10} className="fill-slate-600 text-[10px]" data-testid="axis-name">
            Stories
          </text>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={left} x2={width} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
              <text x={left - 6} y={y(tick) + 3} textAnchor="end" className="fill-slate-600 text-[10px]">
                {tick}
              </text>
            </g>
          ))}
          <line x1={left} x2={left} y1={y(top)} y2={y(0)} className="stroke-slate-400" />
        </g>
        {hours.map((h, i) => {
          const barHeight = (h.count / top) * height;
          return (
            <g key={h.hour.toISOString()}>
              <rect x={left + i * bar + 1} y={y(0) - barHeight} width={Math.max(1, bar - 2)} height={barHeight} className="fill-brand">
                <title>{`${formatDeskInstant(h.hour, timeZone)}: ${h.count}`}</title>
              </rect>
              {i % 6 === 0 ? (
                <text x={left + i * bar} y={y(0) + 16} className="fill-slate-600 text-[10px]">
                  {hourOnAxis(h.hour, timeZone)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details>
        <summary className="cursor-pointer text-sm text-slate-700">Numbers per hour</summary>
        <table className="mt-2 text-sm" aria-label="Stories published per hour">
          <thead>
            <tr>
              <th className="pr-4 text-left">Hour</th>
              <th className="text-right">Published</th>
            </tr>
          </thead>
          <tbody>
            {hours.map((h) => (
              <tr key={h.hour.toISOString()}>
                <td className="pr-4">{formatDeskInstant(h.hour, timeZone)}</td>
                <td className="text-right">{h.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
