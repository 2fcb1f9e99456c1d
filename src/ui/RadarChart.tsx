/** One axis of the radar chart: label and 0–100 value (null = no score). */
export interface RadarAxis {
  label: string;
  value: number | null;
}

import { bothWidths } from './both-widths';

// On a phone the chart is drawn about as wide as it shows, so its labels stay at least 12 px.
const WIDE = { W: 480, H: 340, R: 120 };
const NARROW = { W: 330, H: 250, R: 72 };

/** A long label on a phone breaks at the space nearest its middle, so it stays inside the chart. */
const twoLines = (label: string) => {
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (label.length <= 10 || !spaces.length) return [label];
  const at = spaces.reduce((a, b) =>
    Math.abs(b - label.length / 2) < Math.abs(a - label.length / 2) ? b : a,
  );
  return [label.slice(0, at), label.slice(at + 1)];
};

interface RadarProps {
  axes: RadarAxis[];
  rings: number[];
  title: string;
}

/** A radar chart in SVG with rings at the band thresholds; pair it with a table. */
export const RadarChart = (props: RadarProps) =>
  bothWidths((narrow) => <Radar {...props} narrow={narrow} />);

function Radar({ axes, rings, title, narrow }: RadarProps & { narrow: boolean }) {
  const { W, H, R } = narrow ? NARROW : WIDE;
  const C = W / 2;
  const CY = H / 2;
  const point = (i: number, n: number, r: number) => {
    const a = (Math.PI * 2 * i) / n - Math.PI / 2;
    return [C + r * Math.cos(a), CY + r * Math.sin(a)] as const;
  };
  const n = axes.length;
  const poly = (r: (i: number) => number) =>
    axes
      .map((_, i) =>
        point(i, n, r(i))
          .map((v) => v.toFixed(1))
          .join(','),
      )
      .join(' ');
  return (
    <svg
      class={narrow ? 'radar radar--narrow chart--narrow' : 'radar chart--wide'}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={title}
    >
      {[...rings, 100].map((ring) => (
        <polygon key={ring} class="radar__ring" points={poly(() => (R * ring) / 100)} />
      ))}
      {axes.map((_, i) => {
        const [x, y] = point(i, n, R);
        return <line key={i} class="radar__axis" x1={C} y1={CY} x2={x} y2={y} />;
      })}
      <polygon class="radar__area" points={poly((i) => (R * (axes[i]?.value ?? 0)) / 100)} />
      {axes.map((a, i) => {
        const [x, y] = point(i, n, (R * (a.value ?? 0)) / 100);
        return a.value === null ? null : <circle key={i} class="radar__dot" cx={x} cy={y} r={4} />;
      })}
      {axes.map((a, i) => {
        const [x, y] = point(i, n, R + 10);
        const anchor = Math.abs(x - C) < 8 ? 'middle' : x > C ? 'start' : 'end';
        return (
          <text
            key={i}
            class={a.value === null ? 'radar__label radar__label--none' : 'radar__label'}
            x={x}
            y={y}
            text-anchor={anchor}
            dominant-baseline="middle"
          >
            {narrow
              ? twoLines(a.label).map((line, k, all) => (
                  <tspan key={k} x={x} dy={k ? '1.2em' : `${-0.6 * (all.length - 1)}em`}>
                    {line}
                  </tspan>
                ))
              : a.label}
          </text>
        );
      })}
    </svg>
  );
}
