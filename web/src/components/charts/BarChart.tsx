// A horizontal bar chart drawn by hand in SVG: one bar per row (an agency or a unit) with its
// share from 0 to 100 %, the label on the left and the figure at the bar's end. Screen readers
// get the same figures as a list.

export interface Bar {
  label: string;
  /** 0–100, or null when there is nothing to measure (no input received). */
  percent: number | null;
  /** Said after the figure, e.g. "12 of 14". */
  detail?: string;
}

const ROW = 28;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 320;
const FIGURE_WIDTH = 110;

export function BarChart({ bars, title, none }: { bars: Bar[]; title: string; none: string }) {
  const height = bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + FIGURE_WIDTH;
  return (
    <figure class="chart bar-chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        aria-hidden="true"
        focusable="false"
      >
        {[0, 50, 100].map((tick) => (
          <line
            key={tick}
            class="chart-grid"
            x1={LABEL_WIDTH + (BAR_WIDTH * tick) / 100}
            x2={LABEL_WIDTH + (BAR_WIDTH * tick) / 100}
            y1={0}
            y2={height}
          />
        ))}
        {bars.map((bar, i) => {
          const y = i * ROW + 4;
          const length = bar.percent === null ? 0 : (BAR_WIDTH * bar.percent) / 100;
          return (
            <g key={i}>
              <text class="chart-label" x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} text-anchor="end">
                {clip(bar.label, 26)}
              </text>
              <rect class="chart-track" x={LABEL_WIDTH} y={y + 4} width={BAR_WIDTH} height={ROW - 10} rx={3} />
              <rect
                class={`chart-bar ${tone(bar.percent)}`}
                x={LABEL_WIDTH}
                y={y + 4}
                width={length}
                height={ROW - 10}
                rx={3}
              />
              <text class="chart-figure" x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + ROW / 2 + 4}>
                {bar.percent === null ? "—" : `${Math.round(bar.percent)} %`}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="visually-hidden">
        {bars.map((bar, i) => (
          <li key={i}>
            {bar.label}: {bar.percent === null ? none : `${Math.round(bar.percent)} %`}
            {bar.detail ? ` (${bar.detail})` : ""}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Good, middling or poor, so the eye finds the units that ignore inputs. */
function tone(percent: number | null): string {
  if (percent === null) return "";
  if (percent >= 80) return "chart-good";
  if (percent >= 50) return "chart-fair";
  return "chart-poor";
}

function clip(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}
