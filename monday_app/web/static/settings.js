"use strict";
// The form is rendered from the connection schema: each input carries its field's kind
// (data-kind) and whether it is kept in the connection's options (data-option).
const form = document.getElementById("connection-form");
const status = document.getElementById("form-status");
// Members may look; the server refuses their changes anyway (403), so do not offer them.
const CAN_EDIT = document.body.dataset.canEdit === "true";
const schemaInputs = () => [...form.elements].filter((e) => e.dataset.kind);

function shown(kind, value) {
  if (value === null || value === undefined) return "";
  if (kind === "text_map" || kind === "number_map") return JSON.stringify(value);
  if (kind === "text_list") return value.join(", ");
  return value;
}

function fill(connection) {
  form.elements.id.value = connection.id;
  for (const element of schemaInputs()) {
    const source = element.dataset.option ? (connection.options || {}) : connection;
    const value = source[element.name];
    if (element.dataset.kind === "bool") element.checked = Boolean(value);
    else if (element.dataset.option || element.name in connection)
      element.value = shown(element.dataset.kind, value);
  }
  document.getElementById("test-button").disabled = !CAN_EDIT;
  if (CAN_EDIT) showSyncUrl(connection.id);
}

if (!CAN_EDIT) for (const element of form.elements) element.disabled = true;

// Typed text as the JSON the API takes; what cannot be read is sent as typed, so the
// server names the field and says what is wrong with it.
function read(element) {
  const kind = element.dataset.kind, text = element.value.trim();
  if (kind === "bool") return element.checked;
  if (text === "") return null;
  if (kind === "int" || kind === "number") return Number.isNaN(Number(text)) ? text : Number(text);
  if (kind === "text_map" || kind === "number_map") {
    try { return JSON.parse(text); } catch { return text; }
  }
  if (kind === "text_list") return text.split(",").map((part) => part.trim()).filter(Boolean);
  return kind === "secret" ? element.value : text;
}

function collect() {
  const fields = {options: {}};
  const existing = Boolean(form.elements.id.value);
  for (const element of schemaInputs()) {
    const value = read(element);
    if (element.dataset.option) {
      if (value !== null) fields.options[element.name] = value;  // empty: the default
    } else if (element.dataset.kind === "secret" && value === null && existing) {
      continue;  // left empty on an existing connection: keep the stored secret
    } else {
      fields[element.name] = value === null && element.dataset.kind === "secret" ? "" : value;
    }
  }
  return fields;
}

function clearErrors() {
  for (const element of form.elements) element.removeAttribute("aria-invalid");
  for (const note of form.querySelectorAll(".field-error")) { note.hidden = true; note.textContent = ""; }
}

// Every problem of the save at once, next to its field; options open the advanced section.
function showErrors(errors) {
  for (const problem of errors) {
    const name = problem.field.replace(/^options\./, "");
    const element = form.elements[name];
    if (element) element.setAttribute("aria-invalid", "true");
    const note = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
    if (note) { note.textContent = problem.message; note.hidden = false; }
    if (problem.field.startsWith("options.")) document.getElementById("advanced-options").open = true;
  }
  const first = form.elements[errors[0].field.replace(/^options\./, "")];
  if (first && first.focus) first.focus();
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearErrors();
  const id = form.elements.id.value;
  const result = id ? await api("PUT", `/api/connections/${id}`, collect())
                    : await api("POST", "/api/connections", collect());
  if (result.ok) {
    fill(result.data.connection);
    status.textContent = "Saved.";
  } else if (result.data.errors) {
    showErrors(result.data.errors);
    status.textContent = result.data.message;
  } else if (result.data.field) {
    showErrors((result.data.fields || [result.data.field]).map((field) => ({field, message: ""})));
    status.textContent = result.data.message;
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

// What the user wants (each entity, write-back), each shown once, as soon as it is complete.
function showGroup(list, group) {
  const item = document.createElement("li");
  item.className = group.ok === true ? "pass" : group.ok === false ? "fail" : "skipped";
  item.textContent = group.line;
  list.appendChild(item);
}

document.getElementById("test-button").addEventListener("click", async () => {
  const groupList = document.getElementById("test-groups");
  const stepList = document.getElementById("test-steps");
  groupList.replaceChildren();
  stepList.replaceChildren();
  document.getElementById("test-result").hidden = false;
  status.textContent = "Testing…";
  const started = await api("POST", `/api/connections/${form.elements.id.value}/test`);
  if (!started.ok) {
    status.textContent = started.data.message || started.data.error || `Failed (${started.status}).`;
    return;
  }
  let shownSteps = 0;
  const shownGroups = new Set();
  for (;;) {
    await sleep(POLL_MS);
    const progress = await api("GET", started.data.status_url);
    if (!progress.ok) {
      status.textContent = progress.data.message || `Failed (${progress.status}).`;
      return;
    }
    for (const step of progress.data.steps.slice(shownSteps)) showStep(stepList, step);
    shownSteps = progress.data.steps.length;
    for (const group of progress.data.groups) {
      if (shownGroups.has(group.group)) continue;
      shownGroups.add(group.group);
      showGroup(groupList, group);
    }
    if (progress.data.done) {
      status.textContent = progress.data.ok ? "Everything works." : "Some things do not work yet: see below.";
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
