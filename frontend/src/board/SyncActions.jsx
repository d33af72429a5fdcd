// What an admin can do with the sync: sync now, pause or resume, backfill a date range, and
// write-back (lookup mode) on supplier and customer boards. Members see why they cannot.
import { useState } from "react";
import { Button, TextField, Toggle } from "@vibe/core";
import { api } from "../common/api.js";
import { Outcome, useAction } from "./useAction.js";

function today() {
  return new Date().toISOString().slice(0, 10);
}

function Backfill({ sync, action }) {
  const [from, setFrom] = useState("");
  const [to, setTo] = useState(today());
  function submit(event) {
    event.preventDefault();
    action.run("backfill", async () => {
      const queued = await api("POST", `/api/board-syncs/${sync.id}/backfill`, { from, to });
      return `Backfill of ${queued.from} to ${queued.to} queued; its progress shows above.`;
    });
  }
  return (
    <form className="backfill" onSubmit={submit} aria-label="Backfill a date range">
      <TextField id={`backfill-from-${sync.id}`} title="Backfill from" type="date" value={from}
        onChange={setFrom} required />
      <TextField id={`backfill-to-${sync.id}`} title="Backfill to" type="date" value={to}
        onChange={setTo} required />
      <Button type="submit" kind="secondary" loading={action.busy === "backfill"}
        disabled={sync.paused || !from || !to}>Backfill</Button>
    </form>
  );
}

export function SyncActions({ sync, canEdit, refresh }) {
  const action = useAction();
  if (!canEdit) {
    return <p className="muted">Only an account admin can sync, pause, backfill or change this sync.</p>;
  }
  const act = (name, work) => action.run(name, async () => {
    const text = await work();
    await refresh();
    return text;
  });
  const syncNow = () => act("sync", async () => {
    await api("POST", `/api/board-syncs/${sync.id}/sync-now`);
    return "A sync was queued: SYSPRO is read now and changes reach the board within a minute.";
  });
  const pause = () => act("pause", async () => {
    await api("PUT", `/api/board-syncs/${sync.id}/paused`, { paused: !sync.paused });
    return sync.paused ? "Resumed: the sync polls SYSPRO again on its schedule."
      : "Paused: nothing is read from SYSPRO or written to the board until you resume.";
  });
  const lookup = (enabled) => act("lookup", async () => {
    await api("PUT", `/api/board-syncs/${sync.id}/lookup`, { enabled });
    return enabled ? "Write-back is on: edits made on this board are sent to SYSPRO."
      : "Write-back is off: edits made on this board stay on monday.";
  });
  return (
    <section className="actions" aria-label="Actions">
      <div className="action-row">
        <Button onClick={syncNow} loading={action.busy === "sync"} disabled={sync.paused}>
          Sync now
        </Button>
        <Button kind="secondary" onClick={pause} loading={action.busy === "pause"}>
          {sync.paused ? "Resume" : "Pause"}
        </Button>
        {sync.can_write_back && (
          <div className="toggle-field">
            <Toggle isSelected={sync.mode === "lookup"} onChange={lookup}
              aria-label="Write edits made on this board back to SYSPRO" />
            <span aria-hidden="true">Write edits back to SYSPRO</span>
          </div>
        )}
      </div>
      <Backfill sync={sync} action={action} />
      <Outcome outcome={action.outcome} />
    </section>
  );
}
