// The board view: the SYSPRO syncs on this board, their health, progress, history, failed
// records, audit trail, actions and column mapping (API: docs/monday-app.md, "Board view").
//
// Invariant: everything shown comes from /api/boards/<board>/view and the per-sync calls;
// the view is refreshed every few seconds (faster while a first sync or backfill runs), and
// times are shown in the user's monday time zone.
import { useCallback, useEffect, useState } from "react";
import { AttentionBox, Heading, Loader } from "@vibe/core";
import { mount } from "./common/mount.jsx";
import { api } from "./common/api.js";
import { PageError } from "./common/PageError.jsx";
import { SyncPanel } from "./board/SyncPanel.jsx";
import "./board/board.css";

const REFRESH_MS = 5000;
const ACTIVE_REFRESH_MS = 2000;

function BoardView({ ctx }) {
  const [view, setView] = useState(null);
  const [error, setError] = useState(null);
  const load = useCallback(async () => {
    if (!ctx.boardId) return;
    try {
      setView(await api("GET", `/api/boards/${encodeURIComponent(ctx.boardId)}/view`));
      setError(null);
    } catch (failure) {
      setError(failure.message);
    }
  }, [ctx.boardId]);
  useEffect(() => { load(); }, [load]);
  const active = Boolean(view && view.syncs.some((s) => s.progress && s.progress.active));
  useEffect(() => {
    const timer = setInterval(load, active ? ACTIVE_REFRESH_MS : REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, active]);

  if (!ctx.boardId) {
    return <PageError title="Open this view on a board"
      message="The board view shows the SYSPRO syncs of the board it is added to; add it to a board in monday." />;
  }
  if (!view && error) return <PageError message={error} />;
  if (!view) {
    return (
      <main className="page board-loading" aria-busy="true">
        <Loader size={32} /><p>Loading the board's syncs…</p>
      </main>
    );
  }
  return (
    <main className="page board-page">
      <Heading type="h1" ellipsis={false}>SYSPRO sync</Heading>
      {view.monday_connection.state !== "ok" && (
        <AttentionBox type="negative" title="ml-connector cannot reach monday for this account"
          text={view.monday_connection.message || "Reconnect the app in monday."} />
      )}
      {error && <AttentionBox compact type="warning" text={`Could not refresh: ${error}`} />}
      {view.syncs.length === 0 && (
        <p className="empty-note">
          No SYSPRO sync writes to this board yet. Add the SYSPRO integration recipe to the board
          (Integrate, then SYSPRO) and its items appear here.
        </p>
      )}
      {view.syncs.map((sync) => (
        <SyncPanel key={sync.id} sync={sync} ctx={ctx} canEdit={view.can_edit} refresh={load} />
      ))}
    </main>
  );
}

mount(BoardView);
