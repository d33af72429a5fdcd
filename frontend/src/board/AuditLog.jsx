// What the sync did, newest first: filter by SYSPRO id, action and dates; 25 a page.
import { useEffect, useState } from "react";
import { Button, Heading, TextField } from "@vibe/core";
import { api } from "../common/api.js";
import { formatTime } from "../common/time.js";

const PER_PAGE = 25;
const NO_FILTER = { syspro_id: "", action: "", since: "", until: "" };

function query(filter, page) {
  const params = new URLSearchParams({ page: String(page), per_page: String(PER_PAGE) });
  for (const [name, value] of Object.entries(filter)) if (value.trim()) params.set(name, value.trim());
  return params.toString();
}

function Filters({ syncId, actions, applied, onApply }) {
  const [draft, setDraft] = useState(applied);
  const set = (name) => (value) => setDraft({ ...draft, [name]: value });
  const submit = (event) => { event.preventDefault(); onApply(draft); };
  return (
    <form className="audit-filters" onSubmit={submit} aria-label="Filter the audit trail">
      <TextField id={`audit-id-${syncId}`} title="SYSPRO id" value={draft.syspro_id}
        onChange={set("syspro_id")} placeholder="e.g. 0000003|INV-1" />
      <div className="field">
        <label htmlFor={`audit-action-${syncId}`}>Action</label>
        <select id={`audit-action-${syncId}`} value={draft.action}
          onChange={(e) => set("action")(e.target.value)}>
          <option value="">Any</option>
          {actions.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
        </select>
      </div>
      <TextField id={`audit-since-${syncId}`} title="From" type="date" value={draft.since}
        onChange={set("since")} />
      <TextField id={`audit-until-${syncId}`} title="To" type="date" value={draft.until}
        onChange={set("until")} />
      <Button type="submit" kind="secondary" size="small">Filter</Button>
      <Button kind="tertiary" size="small" onClick={() => { setDraft(NO_FILTER); onApply(NO_FILTER); }}>
        Clear
      </Button>
    </form>
  );
}

export function AuditLog({ syncId, timeZone, moved }) {
  const [filter, setFilter] = useState(NO_FILTER);
  const [page, setPage] = useState(1);
  const [found, setFound] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    api("GET", `/api/board-syncs/${syncId}/audit?${query(filter, page)}`)
      .then((body) => { if (live) { setFound(body); setError(null); } })
      .catch((failure) => { if (live) setError(failure.message); });
    return () => { live = false; };
  }, [syncId, filter, page, moved]);
  const pages = found ? Math.max(1, Math.ceil(found.total / PER_PAGE)) : 1;
  return (
    <section className="audit" aria-labelledby={`audit-${syncId}`}>
      <Heading type="h3" id={`audit-${syncId}`} ellipsis={false}>Audit trail</Heading>
      <Filters syncId={syncId} actions={(found && found.actions) || []} applied={filter}
        onApply={(next) => { setFilter(next); setPage(1); }} />
      {error && <p className="bad" role="alert">{error}</p>}
      {found && found.entries.length === 0 && <p className="muted">Nothing matches.</p>}
      {found && found.entries.length > 0 && (
        <div className="table-wrap">
          <table className="audit-table">
            <thead>
              <tr><th scope="col">When</th><th scope="col">What</th><th scope="col">SYSPRO id</th>
                <th scope="col">monday item</th><th scope="col">Detail</th></tr>
            </thead>
            <tbody>
              {found.entries.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td><time dateTime={entry.at}>{formatTime(entry.at, timeZone)}</time></td>
                  <td>{entry.action_label}</td>
                  <td className="key">{entry.syspro_id}</td>
                  <td>{entry.item_id}</td>
                  <td>{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {found && (
        <nav className="pager" aria-label="Audit pages">
          <Button kind="tertiary" size="small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Newer
          </Button>
          <span>Page {page} of {pages} ({found.total.toLocaleString()} entries)</span>
          <Button kind="tertiary" size="small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Older
          </Button>
        </nav>
      )}
    </section>
  );
}
