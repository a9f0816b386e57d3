// A line over weeks drawn by hand in SVG: the share acknowledged in time, week by week, with a
// dot per week and its figure; a week with nothing received leaves a gap. Screen readers get
// the figures as a list.

export interface Point {
  label: string;
  percent: number | null;
}

const WIDTH = 620;
const HEIGHT = 200;
const PAD = { left: 40, right: 16, top: 16, bottom: 34 };

export function TrendChart({ points, title, none }: { points: Point[]; title: string; none: string }) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (innerW * i) / (points.length - 1));
  const y = (percent: number) => PAD.top + innerH - (innerH * percent) / 100;
  // Runs of weeks with a figure, each drawn as one line.
  const runs: { i: number; percent: number }[][] = [];
  points.forEach((p, i) => {
    if (p.percent === null) return runs.push([]);
    if (runs.length === 0) runs.push([]);
    runs[runs.length - 1].push({ i, percent: p.percent });
  });
  return (
    <figure class="chart trend-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" aria-hidden="true" focusable="false">
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line class="chart-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text class="chart-axis" x={PAD.left - 6} y={y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {runs
          .filter((run) => run.length > 1)
          .map((run, r) => (
            <polyline
              key={r}
              class="chart-line"
              points={run.map((p) => `${x(p.i)},${y(p.percent)}`).join(" ")}
            />
          ))}
        {points.map((p, i) => (
          <g key={i}>
            {p.percent !== null && <circle class="chart-dot" cx={x(i)} cy={y(p.percent)} r={4} />}
            <text class="chart-axis" x={x(i)} y={HEIGHT - 12} text-anchor="middle">
              {p.label}
            </text>
          </g>
        ))}
      </svg>
      <ul class="visually-hidden">
        {points.map((p, i) => (
          <li key={i}>
            {p.label}: {p.percent === null ? none : `${Math.round(p.percent)} %`}
          </li>
        ))}
      </ul>
    </figure>
  );
}
