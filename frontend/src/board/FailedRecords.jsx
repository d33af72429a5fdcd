// Records monday or SYSPRO would not take: the reason in plain words, attempts so far and the
// next automatic retry; admins retry one or all and see what happened.
import { useEffect, useState } from "react";
import { Button, Heading } from "@vibe/core";
import { api } from "../common/api.js";
import { formatTime, relativeTime } from "../common/time.js";
import { Outcome, useAction } from "./useAction.js";

export function FailedRecords({ syncId, timeZone, canEdit, moved, refresh }) {
  const [records, setRecords] = useState(null);
  const [error, setError] = useState(null);
  const [reloads, setReloads] = useState(0);
  const action = useAction();
  useEffect(() => {
    let live = true;
    api("GET", `/api/board-syncs/${syncId}/failed`)
      .then((body) => { if (live) { setRecords(body.records); setError(null); } })
      .catch((failure) => { if (live) setError(failure.message); });
    return () => { live = false; };
  }, [syncId, moved, reloads]);
  const after = async (text) => { setReloads((n) => n + 1); await refresh(); return text; };
  const retryOne = (record) => action.run(`one-${record.id}`, async () => {
    const body = await api("POST", `/api/records/${record.id}/retry`);
    return after(`${record.syspro_key.trim()}: ${body.record.result}`);
  });
  const retryAll = () => action.run("all", async () => {
    const body = await api("POST", `/api/board-syncs/${syncId}/retry-failed`);
    const n = body.retried;
    return after(`${n} record${n === 1 ? "" : "s"} will be read from SYSPRO again and written to monday within a minute.`);
  });
  return (
    <section className="failed" aria-labelledby={`failed-${syncId}`}>
      <div className="section-head">
        <Heading type="h3" id={`failed-${syncId}`} ellipsis={false}>Failed records</Heading>
        {canEdit && records && records.length > 0 && (
          <Button kind="secondary" size="small" onClick={retryAll} loading={action.busy === "all"}>
            Retry all
          </Button>
        )}
      </div>
      {error && <p className="bad">{error}</p>}
      {records && records.length === 0 && <p className="muted">No failed records.</p>}
      {records && records.length > 0 && (
        <div className="table-wrap">
          <table className="failed-table">
            <thead>
              <tr>
                <th scope="col">SYSPRO record</th><th scope="col">Why it failed</th>
                <th scope="col" className="num">Attempts</th><th scope="col">Next retry</th>
                {canEdit && <th scope="col"><span className="visually-hidden">Retry</span></th>}
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id} data-record-id={record.id}>
                  <th scope="row" className="key">{record.syspro_key}</th>
                  <td className="reason">{record.reason}</td>
                  <td className="num">{record.attempts}</td>
                  <td>{record.next_retry_at
                    ? <time dateTime={record.next_retry_at} title={formatTime(record.next_retry_at, timeZone)}>{relativeTime(record.next_retry_at)}</time>
                    : "Not automatically"}</td>
                  {canEdit && (
                    <td>
                      <Button kind="tertiary" size="small" onClick={() => retryOne(record)}
                        loading={action.busy === `one-${record.id}`}
                        aria-label={`Retry ${record.syspro_key.trim()}`}>Retry</Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Outcome outcome={action.outcome} id={`failed-outcome-${syncId}`} />
    </section>
  );
}
