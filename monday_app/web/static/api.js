// Calls the JSON API with the monday session token the page was opened with.
"use strict";
const SESSION_TOKEN = document.body.dataset.sessionToken;

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: {"Authorization": "Bearer " + SESSION_TOKEN, "Content-Type": "application/json"},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  return {ok: response.ok, status: response.status, data};
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text === null || text === undefined ? "" : String(text);
  row.appendChild(td);
  return td;
}

// Both views open with this when the app can no longer act on monday for the account.
function showMondayConnection(connection) {
  const banner = document.getElementById("monday-connection");
  if (!banner || !connection) return;
  banner.hidden = connection.state === "ok";
  banner.textContent = connection.message || "";
}
