// Records created, updated, failed and read unchanged per hour over the last 7 days: a small
// SVG bar chart (stacked, one bar an hour, days marked in the user's time zone) with a legend
// that hides or shows each kind, and the same figures as a table for screen readers.
import { useEffect, useState } from "react";
import { Heading } from "@vibe/core";
import { api } from "../common/api.js";
import { formatTime } from "../common/time.js";

export const SERIES = [
  { key: "created", label: "Created", className: "s-created" },
  { key: "updated", label: "Updated", className: "s-updated" },
  { key: "failed", label: "Failed", className: "s-failed" },
  { key: "unchanged", label: "Unchanged", className: "s-unchanged" },
];
const WIDTH = 840;
const HEIGHT = 180;
const LEFT = 44;
const BOTTOM = 22;

function dayTicks(hours, timeZone) {
  const hourOf = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone });
  const dayOf = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", timeZone });
  return hours.flatMap((bucket, index) => (
    hourOf.format(new Date(bucket.hour)) === "00" ? [{ index, label: dayOf.format(new Date(bucket.hour)) }] : []
  ));
}

export function totals(hours) {
  return Object.fromEntries(SERIES.map((s) => [s.key, hours.reduce((n, h) => n + (h[s.key] || 0), 0)]));
}

function Bars({ hours, shown, timeZone }) {
  const visible = SERIES.filter((s) => shown[s.key]);
  const top = Math.max(1, ...hours.map((h) => visible.reduce((n, s) => n + (h[s.key] || 0), 0)));
  const step = (WIDTH - LEFT) / Math.max(hours.length, 1);
  const scale = (HEIGHT - BOTTOM - 8) / top;
  return (
    <g>
      <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="axis" />
      <text x={LEFT - 6} y={14} textAnchor="end" className="tick">{top.toLocaleString()}</text>
      <text x={LEFT - 6} y={HEIGHT - BOTTOM} textAnchor="end" className="tick">0</text>
      {dayTicks(hours, timeZone).map((tick) => (
        <g key={tick.index}>
          <line x1={LEFT + tick.index * step} x2={LEFT + tick.index * step} y1={8}
            y2={HEIGHT - BOTTOM + 4} className="grid" />
          <text x={LEFT + tick.index * step + 3} y={HEIGHT - 6} className="tick">{tick.label}</text>
        </g>
      ))}
      {hours.map((bucket, index) => {
        let y = HEIGHT - BOTTOM;
        const words = visible.map((s) => `${bucket[s.key] || 0} ${s.label.toLowerCase()}`).join(", ");
        return (
          <g key={bucket.hour}>
            <title>{`${formatTime(bucket.hour, timeZone)}: ${words}`}</title>
            {visible.map((s) => {
              const height = (bucket[s.key] || 0) * scale;
              if (height <= 0) return null;
              y -= height;
              return <rect key={s.key} className={s.className} x={LEFT + index * step} y={y}
                width={Math.max(step - 1, 1)} height={height} />;
            })}
          </g>
        );
      })}
    </g>
  );
}

function HistoryTable({ hours, timeZone }) {
  const busy = hours.filter((h) => SERIES.some((s) => h[s.key]));
  return (
    <details className="history-table">
      <summary>Show the figures as a table ({busy.length} hour{busy.length === 1 ? "" : "s"} with activity)</summary>
      <table>
        <caption>Records per hour, hours with no activity left out</caption>
        <thead><tr><th scope="col">Hour</th>{SERIES.map((s) => <th scope="col" key={s.key} className="num">{s.label}</th>)}</tr></thead>
        <tbody>
          {busy.map((h) => (
            <tr key={h.hour}>
              <th scope="row"><time dateTime={h.hour}>{formatTime(h.hour, timeZone)}</time></th>
              {SERIES.map((s) => <td key={s.key} className="num">{(h[s.key] || 0).toLocaleString()}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function HistoryChart({ syncId, timeZone, moved }) {
  const [hours, setHours] = useState(null);
  const [error, setError] = useState(null);
  const [shown, setShown] = useState({ created: true, updated: true, failed: true, unchanged: true });
  useEffect(() => {
    let live = true;
    api("GET", `/api/board-syncs/${syncId}/history?days=7`)
      .then((body) => { if (live) { setHours(body.hours); setError(null); } })
      .catch((failure) => { if (live) setError(failure.message); });
    return () => { live = false; };
  }, [syncId, moved]);
  const sums = hours ? totals(hours) : null;
  const summary = sums ? SERIES.map((s) => `${sums[s.key].toLocaleString()} ${s.label.toLowerCase()}`).join(", ") : "";
  return (
    <section className="history" aria-labelledby={`history-${syncId}`}>
      <Heading type="h3" id={`history-${syncId}`} ellipsis={false}>Last 7 days</Heading>
      {error && <p className="bad">{error}</p>}
      {hours && (
        <>
          <fieldset className="legend">
            <legend className="visually-hidden">Show in the chart</legend>
            {SERIES.map((s) => (
              <label key={s.key} className="legend-item">
                <input type="checkbox" checked={shown[s.key]}
                  onChange={(e) => setShown({ ...shown, [s.key]: e.target.checked })} />
                <span className={`swatch ${s.className}`} aria-hidden="true" />
                {s.label} <span className="muted">{sums[s.key].toLocaleString()}</span>
              </label>
            ))}
          </fieldset>
          <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img"
            aria-label={`Records per hour over the last 7 days: ${summary}`}>
            <Bars hours={hours} shown={shown} timeZone={timeZone} />
          </svg>
          <HistoryTable hours={hours} timeZone={timeZone} />
        </>
      )}
    </section>
  );
}
