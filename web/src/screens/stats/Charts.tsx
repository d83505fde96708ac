// Charts readable without colour: every bar and point carries its number, and each chart is
// hidden from screen readers, which read the table that always follows it.
import type { ReactNode } from "react";
import { texts } from "./texts.ts";

/** Horizontal bars, one per value, each with its count printed beside it. */
export function BarChart({ label, bars }: { label: string; bars: [string, number][] }) {
  const max = Math.max(1, ...bars.map(([, n]) => n));
  return (
    <div className="chart bars" aria-hidden="true" title={texts.chartOf(label)}>
      {bars.map(([name, n]) => (
        <div key={name} className="bar-row">
          <span className="bar-label">{name}</span>
          <span className="bar-track">
            <span className="bar" style={{ width: `${(100 * n) / max}%` }} />
          </span>
          <span className="bar-value">{n.toLocaleString("pl-PL")}</span>
        </div>
      ))}
    </div>
  );
}

/** Lines over the months of the period, one per series, its points numbered and each line
 * drawn in its own dash pattern. */
export function LineChart({ months, series }: { months: string[]; series: [string, number[]][] }) {
  const [width, height, left, bottom, top] = [640, 240, 40, 30, 16];
  const max = Math.max(1, ...series.flatMap(([, values]) => values));
  const x = (i: number) => left + (months.length <= 1 ? 0 : (i * (width - left - 16)) / (months.length - 1));
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const dashes = ["", "6 4", "2 4", "10 4 2 4"];
  return (
    <figure className="chart line" aria-hidden="true">
      <svg viewBox={`0 0 ${width} ${height}`} role="presentation" focusable="false">
        <line x1={left} y1={y(0)} x2={width - 8} y2={y(0)} className="axis" />
        {months.map((m, i) => (
          <text key={m} x={x(i)} y={height - 8} textAnchor="middle" className="tick">
            {m.slice(0, 3)}
          </text>
        ))}
        {series.map(([name, values], s) => (
          <g key={name}>
            <polyline
              points={values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
              className="series"
              strokeDasharray={dashes[s % dashes.length]}
            />
            {values.map((v, i) => (
              <text key={i} x={x(i)} y={y(v) - 6} textAnchor="middle" className="point">
                {v}
              </text>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          {series.map(([name], s) => (
            <li key={name}>
              <svg width="36" height="10" role="presentation" focusable="false">
                <line x1="0" y1="5" x2="36" y2="5" className="series" strokeDasharray={dashes[s % dashes.length]} />
              </svg>{" "}
              {name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A table that may scroll sideways on a phone, reachable by keyboard to scroll it. */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={texts.tableOf(label)}>
      {children}
    </div>
  );
}
