// One board sync: header and actions, progress, history, failed records, audit and mapping.
import { SyncHeader } from "./SyncHeader.jsx";
import { SyncActions } from "./SyncActions.jsx";
import { WaveProgress } from "./WaveProgress.jsx";
import { HistoryChart } from "./HistoryChart.jsx";
import { FailedRecords } from "./FailedRecords.jsx";
import { AuditLog } from "./AuditLog.jsx";
import { MappingEditor } from "./MappingEditor.jsx";

export function SyncPanel({ sync, ctx, canEdit, refresh }) {
  // Lists below reload when the sync has moved on (a poll, a push, a failure, a retry).
  const moved = [sync.last_poll_at, sync.records.synced, sync.records.pending,
    sync.records.failed, sync.paused].join("|");
  return (
    <section className="sync" aria-labelledby={`sync-${sync.id}-title`}>
      <SyncHeader sync={sync} timeZone={ctx.timeZone} />
      <WaveProgress progress={sync.progress} />
      <SyncActions sync={sync} canEdit={canEdit} refresh={refresh} />
      <HistoryChart syncId={sync.id} timeZone={ctx.timeZone} moved={moved} />
      <FailedRecords syncId={sync.id} timeZone={ctx.timeZone} canEdit={canEdit}
        moved={moved} refresh={refresh} />
      <AuditLog syncId={sync.id} timeZone={ctx.timeZone} moved={moved} />
      {canEdit && <MappingEditor syncId={sync.id} />}
    </section>
  );
}
