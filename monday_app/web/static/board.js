"use strict";
const boardStatus = document.getElementById("board-status");
// Retrying is an admin's action; members see the reasons without the button.
const CAN_EDIT = document.body.dataset.canEdit === "true";

async function load() {
  const result = await api("GET", "/api/board-health");
  if (!result.ok) { boardStatus.textContent = result.data.error || "Could not load."; return; }
  showMondayConnection(result.data.monday_connection);
  const syncs = document.querySelector("#syncs tbody");
  syncs.replaceChildren();
  for (const s of result.data.board_syncs) {
    const row = syncs.insertRow();
    cell(row, s.board_id); cell(row, s.entity); cell(row, `${s.interval_minutes} min`);
    cell(row, s.health + (s.health_reason ? ` (${s.health_reason})` : "")).className = s.health;
    cell(row, s.records.synced); cell(row, s.records.pending); cell(row, s.records.failed);
    cell(row, s.last_poll_at || "never");
    writeBackCell(row, s);
  }
  const failed = document.querySelector("#failed tbody");
  failed.replaceChildren();
  for (const r of result.data.failed_records) {
    const row = failed.insertRow();
    cell(row, r.syspro_key); cell(row, r.attempts); cell(row, r.last_error);
    if (!CAN_EDIT) { cell(row, ""); continue; }
    const button = document.createElement("button");
    button.textContent = "Retry";
    button.addEventListener("click", async () => {
      const retried = await api("POST", `/api/records/${r.id}/retry`);
      boardStatus.textContent = retried.ok ? `Record ${r.syspro_key} will be retried.`
        : retried.data.message || "Retry failed.";
      load();
    });
    cell(row, "").appendChild(button);
  }
  const audit = document.querySelector("#audit tbody");
  audit.replaceChildren();
  for (const e of result.data.audit) {
    const row = audit.insertRow();
    cell(row, e.at); cell(row, e.action); cell(row, e.syspro_id || e.item_id); cell(row, e.error);
  }
}

// Lookup mode: edits on the board go back to SYSPRO (suppliers and customers only).
function writeBackCell(row, s) {
  const on = s.mode === "lookup";
  if (!s.can_write_back) { cell(row, "—"); return; }
  if (!CAN_EDIT) { cell(row, on ? "on" : "off"); return; }
  const box = document.createElement("input");
  box.type = "checkbox"; box.checked = on;
  box.title = "Send edits made on this board back to SYSPRO";
  box.addEventListener("change", async () => {
    const saved = await api("PUT", `/api/board-syncs/${s.id}/lookup`, {enabled: box.checked});
    boardStatus.textContent = saved.ok
      ? `Write-back to SYSPRO is ${box.checked ? "on" : "off"} for board ${s.board_id}.`
      : saved.data.message || "Could not change write-back.";
    load();
  });
  cell(row, "").appendChild(box);
}

load();
