"use strict";
const form = document.getElementById("connection-form");
const status = document.getElementById("form-status");
const SECRET_FIELDS = ["operator_password", "company_password", "odata_password"];
// Members may look; the server refuses their changes anyway (403), so do not offer them.
const CAN_EDIT = document.body.dataset.canEdit === "true";

function fill(connection) {
  for (const element of form.elements) {
    if (!element.name || !(element.name in connection)) continue;
    const value = connection[element.name];
    if (element.type === "checkbox") element.checked = Boolean(value);
    else element.value = value === null ? "" : value;
  }
  document.getElementById("test-button").disabled = !CAN_EDIT;
  if (CAN_EDIT) showSyncUrl(connection.id);
}

if (!CAN_EDIT) for (const element of form.elements) element.disabled = true;

function collect() {
  const fields = {};
  for (const element of form.elements) {
    if (!element.name || element.name === "id") continue;
    if (element.type === "checkbox") fields[element.name] = element.checked;
    else if (SECRET_FIELDS.includes(element.name) && element.value === "" && form.elements.id.value)
      continue;  // left empty on an existing connection: keep the stored secret
    else fields[element.name] = element.value;
  }
  return fields;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  for (const element of form.elements) element.removeAttribute("aria-invalid");
  const id = form.elements.id.value;
  const result = id ? await api("PUT", `/api/connections/${id}`, collect())
                    : await api("POST", "/api/connections", collect());
  if (result.ok) {
    fill(result.data.connection);
    status.textContent = "Saved.";
  } else if (result.data.field) {
    for (const name of result.data.fields || [result.data.field]) {
      const element = form.elements[name];
      if (element) element.setAttribute("aria-invalid", "true");
    }
    const first = form.elements[result.data.field];
    if (first) first.focus();
    status.textContent = `${result.data.field}: ${result.data.message}`;
  } else {
    status.textContent = result.data.message || result.data.error
      || `Could not save (${result.status}).`;
  }
});

// The test runs as a job on the server: start it, then show each step as it finishes.
const POLL_MS = 700;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function showStep(list, step) {
  const item = document.createElement("li");
  item.className = step.ok ? "pass" : "fail";
  item.textContent = `${step.ok ? "✔" : "✘"} ${step.step}${step.detail ? " — " + step.detail : ""}`;
  list.appendChild(item);
}

document.getElementById("test-button").addEventListener("click", async () => {
  const list = document.getElementById("test-steps");
  list.replaceChildren();
  document.getElementById("test-result").hidden = false;
  status.textContent = "Testing…";
  const started = await api("POST", `/api/connections/${form.elements.id.value}/test`);
  if (!started.ok) {
    status.textContent = started.data.message || started.data.error || `Failed (${started.status}).`;
    return;
  }
  let shown = 0;
  for (;;) {
    await sleep(POLL_MS);
    const progress = await api("GET", started.data.status_url);
    if (!progress.ok) {
      status.textContent = progress.data.message || `Failed (${progress.status}).`;
      return;
    }
    for (const step of progress.data.steps.slice(shown)) showStep(list, step);
    shown = progress.data.steps.length;
    if (progress.data.done) {
      status.textContent = progress.data.ok ? "Every step passed." : "Some steps failed.";
      return;
    }
  }
});

async function showSyncUrl(id) {
  const result = await api("GET", `/api/connections/${id}/sync-url`);
  if (!result.ok) return;
  document.getElementById("sync-url").textContent = result.data.url;
  document.getElementById("sync-url-section").hidden = false;
}

document.getElementById("rotate-button").addEventListener("click", async () => {
  const result = await api("POST", `/api/connections/${form.elements.id.value}/sync-url/rotate`);
  if (result.ok) document.getElementById("sync-url").textContent = result.data.url;
});

(async () => {
  const result = await api("GET", "/api/connections");
  if (result.ok) showMondayConnection(result.data.monday_connection);
  if (result.ok && result.data.connections.length) fill(result.data.connections[0]);
  else if (!result.ok) status.textContent = result.data.error || "Could not load the settings.";
})();
