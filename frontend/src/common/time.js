// Times from the API are ISO 8601 UTC; people read them in their monday time zone.
const UNITS = [
  ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1],
];

export function formatTime(iso, timeZone) {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: "medium", timeStyle: "short", timeZone: timeZone || undefined,
  }).format(date);
}

// "in 4 min", "3 hours ago"; `now` is for tests and for re-rendering on a timer.
export function relativeTime(iso, now = Date.now()) {
  if (!iso) return "";
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (Number.isNaN(seconds)) return "";
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: "auto", style: "short" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === "second") {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return "";
}
