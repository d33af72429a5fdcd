// What the sync is and how it is doing, in words: entity, connection, interval, polls in the
// user's time zone, health with its reason, and the board's capacity when nearly full.
import { AttentionBox, Heading } from "@vibe/core";
import { formatTime, relativeTime } from "../common/time.js";

const MODE_TEXT = {
  sync: "SYSPRO to monday",
  lookup: "SYSPRO to monday, and edits on the board written back to SYSPRO",
};

function When({ iso, timeZone, none }) {
  if (!iso) return <span>{none}</span>;
  return (
    <span>
      <time dateTime={iso}>{formatTime(iso, timeZone)}</time>
      <span className="muted"> ({relativeTime(iso)})</span>
    </span>
  );
}

function every(minutes) {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return `Every ${hours === 1 ? "hour" : `${hours} hours`}`;
  }
  return `Every ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function Capacity({ capacity }) {
  // The API decides (warn); 80 % full is the line when it only gives the ratio.
  if (!capacity || !(capacity.warn || capacity.ratio >= 0.8)) return null;
  const percent = Math.round((capacity.ratio || 0) * 100);
  const used = `${Number(capacity.items).toLocaleString()} of ${Number(capacity.limit).toLocaleString()} items (${percent} %)`;
  return (
    <AttentionBox type="warning" title="This board is nearly full"
      text={`${used} are used. ${capacity.policy ? `When it is full: ${capacity.policy}.` : ""}`} />
  );
}

export function SyncHeader({ sync, timeZone }) {
  const connection = sync.connection || {};
  return (
    <header className="sync-header">
      <Heading type="h2" id={`sync-${sync.id}-title`} ellipsis={false}>{sync.title}</Heading>
      <p className={`health health-${sync.health}`} role="status">
        <span className="health-dot" aria-hidden="true" />
        <strong className="health-text">{sync.health_text}</strong>
        {sync.health_reason && <span className="health-reason">{sync.health_reason}</span>}
      </p>
      <dl className="facts">
        <dt>Brings</dt><dd>{sync.entity_label} ({MODE_TEXT[sync.mode] || sync.mode})</dd>
        <dt>Connection</dt>
        <dd>{connection.name}{connection.company_id ? `, company ${connection.company_id}` : ""}</dd>
        <dt>Polls</dt><dd>{sync.paused ? "Paused" : every(sync.interval_minutes)}</dd>
        <dt>Last poll</dt><dd><When iso={sync.last_poll_at} timeZone={timeZone} none="Not yet" /></dd>
        <dt>Next poll</dt>
        <dd><When iso={sync.next_poll_at} timeZone={timeZone} none={sync.paused ? "None while paused" : "Soon"} /></dd>
        <dt>Records</dt>
        <dd className="counts">
          <span data-count="synced">{sync.records.synced.toLocaleString()} synced</span>
          {", "}<span data-count="pending">{sync.records.pending.toLocaleString()} waiting</span>
          {", "}<span data-count="failed">{sync.records.failed.toLocaleString()} failed</span>
        </dd>
      </dl>
      <Capacity capacity={sync.capacity} />
    </header>
  );
}
