// A first sync or backfill under way: records written out of those to write, with an ETA
// from the pace actually reached.
import { ProgressBar } from "@vibe/core";

const KIND_TEXT = { first_sync: "First sync", backfill: "Backfill" };

export function eta(seconds) {
  if (seconds === null || seconds === undefined) return "working out the time left";
  if (seconds < 60) return "less than a minute left";
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${minutes} minute${minutes === 1 ? "" : "s"} left`;
  const hours = Math.round(minutes / 6) / 10;
  return `about ${hours} hours left`;
}

export function WaveProgress({ progress }) {
  if (!progress || !progress.active) return null;
  const label = KIND_TEXT[progress.kind] || "Sync";
  const done = progress.pushed.toLocaleString();
  const all = progress.staged.toLocaleString();
  const percent = progress.staged ? Math.floor((progress.pushed / progress.staged) * 100) : 0;
  return (
    <section className="wave" aria-label={`${label} progress`}>
      <p className="wave-text">
        <strong>{label}:</strong> {done} of {all} records written ({percent} %),{" "}
        {Math.round(progress.rate_per_minute).toLocaleString()} a minute, {eta(progress.eta_seconds)}.
      </p>
      <ProgressBar value={progress.pushed} max={Math.max(progress.staged, 1)} size="large"
        aria-label={`${label}: ${percent} percent written`} />
    </section>
  );
}
