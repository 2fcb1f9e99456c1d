import './charts.css';
/** One bar row: a label and its values 0–100, each drawn in a series colour. */
export interface BarRow {
  label: string;
  values: (number | null)[];
}

import { bothWidths } from './both-widths';

// On a phone the chart is drawn about as wide as it shows, so its labels stay at least 12 px.
const WIDE = { W: 640, LABEL: 210, CHARS: 26 };
const NARROW = { W: 330, LABEL: 118, CHARS: 17 };
const ROW = 14;
const AXIS = 20;

interface BarProps {
  rows: BarRow[];
  /** Legend text and CSS class (colour) of each series. */
  series: { name: string; cls: string }[];
  stacked?: boolean;
  title: string;
  /** Where the grid lines run and the axis is numbered (default: the score bands' 0, 40, 70, 100). */
  ticks?: number[];
  /** How an axis number reads; `last` for the one at the end, which may carry the unit. */
  tickLabel?: (x: number, last: boolean) => string;
}

/**
 * Horizontal bars in SVG, 0–100: stacked (shares that add up) or grouped (one bar per series).
 * The chart is a picture for the eye; pair it with a table that carries the numbers.
 */
export const BarChart = (props: BarProps) =>
  bothWidths((narrow) => <Bars {...props} narrow={narrow} />);

function Bars({
  rows,
  series,
  stacked = false,
  title,
  ticks = [0, 40, 70, 100],
  tickLabel = String,
  narrow,
}: BarProps & { narrow: boolean }) {
  const { W, LABEL, CHARS } = narrow ? NARROW : WIDE;
  const per = stacked ? 1 : series.length;
  const band = per * ROW + 12;
  // legend beside the labels while it fits there, else across the full width (four trend dates);
  // on a phone one entry per line
  const legendAt = (i: number) =>
    narrow
      ? [LABEL, 4 + i * 18]
      : [series.length * 150 <= W - LABEL ? LABEL + i * 150 : (i * W) / series.length, 4];
  const top = narrow ? 10 + series.length * 18 : 28;
  const bottom = top + rows.length * band + 4;
  const h = bottom + AXIS;
  const scale = (W - LABEL - 10) / 100;
  return (
    <svg
      class={narrow ? 'bars bars--narrow chart--narrow' : 'bars chart--wide'}
      viewBox={`0 0 ${W} ${h}`}
      role="img"
      aria-label={title}
    >
      <g class="bars__legend">
        {series.map((s, i) => (
          <g key={s.name} transform={`translate(${legendAt(i).join(' ')})`}>
            <rect class={s.cls} width={12} height={12} />
            <text x={16} y={11}>
              {s.name}
            </text>
          </g>
        ))}
      </g>
      {ticks.map((x, i) => (
        <g key={x}>
          <line
            class="bars__grid"
            x1={LABEL + x * scale}
            x2={LABEL + x * scale}
            y1={top - 6}
            y2={bottom}
          />
          {/* the last number ends at the line, so that it stays inside the picture */}
          <text
            x={LABEL + x * scale}
            y={bottom + AXIS - 5}
            text-anchor={i === ticks.length - 1 ? 'end' : 'middle'}
          >
            {tickLabel(x, i === ticks.length - 1)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = top + i * band;
        let offset = 0;
        return (
          <g key={r.label}>
            <text x={LABEL - 8} y={y + (band - 12) / 2 + 5} text-anchor="end">
              {r.label.length > CHARS ? `${r.label.slice(0, CHARS - 1)}…` : r.label}
            </text>
            {r.values.map((v, k) => {
              if (v === null || !series[k]) return null;
              const x = LABEL + (stacked ? offset : 0) * scale;
              offset += v;
              return (
                <rect
                  key={k}
                  class={series[k].cls}
                  x={x}
                  y={y + (stacked ? 0 : k * ROW)}
                  width={Math.max(v * scale, v > 0 ? 2 : 0)}
                  height={ROW - 2}
                />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
