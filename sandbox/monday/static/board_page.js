// The sandbox's board page: items as rows with typed cells, refreshed every 2 s from
// page-data (only what changed since the last look), the app's views beside them, and the
// theme and time zone a monday user would have. Text from the board is only ever set with
// textContent (item names from SYSPRO hold <, &, quotes and control characters).
"use strict";

(function () {
  const POLL_MS = 2000;
  const config = JSON.parse(document.getElementById("page-config").textContent);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const query = new URLSearchParams(window.location.search);
  const page = {
    revision: 0,
    columnsKey: "",
    columns: [],
    items: new Map(),  // id -> item data, for re-rendering when the columns change
    theme: ["light", "dark", "black"].includes(query.get("theme")) ? query.get("theme") : "light",
    timezone: query.get("tz") || browserZone,
  };
  const head = document.getElementById("board-head");
  const rows = document.getElementById("board-rows");
  const count = document.getElementById("items-count");
  const status = document.getElementById("refresh-status");

  // Control characters are shown as their Unicode pictures (U+2400...), not swallowed.
  function visible(text, keepNewlines) {
    const pattern = keepNewlines ? /[\u0000-\u0009\u000b-\u001f\u007f]/g
      : /[\u0000-\u001f\u007f]/g;
    return String(text === null || text === undefined ? "" : text).replace(pattern,
      (c) => (c === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + c.charCodeAt(0))));
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = visible(text);
    if (className) node.className = className;
    return node;
  }

  function offsetHours(zone) {
    const part = new Intl.DateTimeFormat("en-US", {timeZone: zone, timeZoneName: "longOffset"})
      .formatToParts(new Date()).find((p) => p.type === "timeZoneName");
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part ? part.value : "");
    if (!match) return 0;
    return (match[1] === "-" ? -1 : 1) * (Number(match[2]) + Number(match[3]) / 60);
  }

  function readableTime(iso) {
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) return visible(iso);
    return new Intl.DateTimeFormat(undefined, {dateStyle: "medium", timeStyle: "short",
                                               timeZone: page.timezone}).format(when);
  }

  // What monday-sdk-js's get("context") gives a view (monday's context type, trimmed).
  function contextFor(kind) {
    const context = {
      theme: page.theme,
      account: {id: String(config.accountId)},
      user: {id: String(config.userId), isAdmin: true, isGuest: false, isViewOnly: false,
             countryCode: "ZA", currentLanguage: "en", timeFormat: "24H",
             timeZoneOffset: offsetHours(page.timezone), timezone: page.timezone},
      app: {id: 1, clientId: config.clientId},
      region: "use1",
      instanceType: kind === "board" ? "board_view" : "account_settings_view",
    };
    if (kind === "board") {
      Object.assign(context, {boardId: Number(config.boardId),
                              boardIds: [Number(config.boardId)], boardViewId: 1,
                              instanceId: 1, viewMode: "fullScreen"});
    }
    return context;
  }

  // --- cells by column type ---------------------------------------------------------------
  function statusCell(td, column, cell) {
    const label = (column.labels || {})[String(cell.index)];
    const chip = element("span", cell.text || (label && label.label) || "", "status-label");
    if (label) chip.style.backgroundColor = label.color;
    td.appendChild(chip);
  }

  function linkCell(td, href, text) {
    if (!/^(https?:|mailto:)/i.test(href || "")) { td.textContent = visible(text); return; }
    const anchor = element("a", text || href);
    anchor.href = href;
    anchor.rel = "noopener noreferrer";
    anchor.target = "_blank";
    td.appendChild(anchor);
  }

  function fillCell(td, column, cell) {
    if (!cell || cell.text === null || cell.text === undefined || cell.text === "") return;
    switch (column.type) {
      case "numbers": td.textContent = visible(cell.text); break;
      case "date": {
        const time = element("time", cell.text);
        time.dateTime = cell.date || "";
        td.appendChild(time);
        break;
      }
      case "status": statusCell(td, column, cell); break;
      case "link": linkCell(td, cell.url, cell.url_text || cell.url); break;
      case "email": linkCell(td, `mailto:${cell.email}`, cell.email); break;
      case "checkbox": td.appendChild(element("span", "\u2713")).setAttribute("aria-label", "checked"); break;
      default: td.textContent = visible(cell.text);
    }
  }

  function updatesCell(td, item, wasOpen) {
    if (!item.updates.length) return;
    const details = document.createElement("details");
    details.open = wasOpen;
    const n = item.updates.length;
    details.appendChild(element("summary", `${n} update${n === 1 ? "" : "s"}`));
    const list = element("ol", undefined, "updates");
    for (const update of item.updates) {
      const entry = document.createElement("li");
      entry.appendChild(element("time", readableTime(update.created_at), "when"));
      const body = document.createElement("p");
      body.textContent = visible(update.text, true);
      entry.appendChild(body);
      list.appendChild(entry);
    }
    details.appendChild(list);
    td.appendChild(details);
  }

  function renderRow(row, item) {
    const wasOpen = Boolean(row.querySelector("details[open]"));
    row.replaceChildren();
    row.dataset.itemId = item.id;
    const name = element("th", item.name, "item-name");
    name.scope = "row";
    row.appendChild(name);
    for (const column of page.columns) {
      const td = element("td", undefined, `cell type-${column.type}`);
      fillCell(td, column, item.cells[column.id]);
      row.appendChild(td);
    }
    const updates = element("td", undefined, "cell updates-cell");
    updatesCell(updates, item, wasOpen);
    row.appendChild(updates);
  }

  function renderHead() {
    head.replaceChildren(element("th", "Item"));
    for (const column of page.columns) {
      const th = element("th", column.title, `type-${column.type}`);
      th.scope = "col";
      head.appendChild(th);
    }
    head.appendChild(element("th", "Updates"));
  }

  // --- refreshing -------------------------------------------------------------------------
  function apply(data) {
    const columnsKey = JSON.stringify(data.columns);
    const columnsChanged = columnsKey !== page.columnsKey;
    page.columns = data.columns;
    page.columnsKey = columnsKey;
    if (columnsChanged) renderHead();
    for (const id of data.removed) {
      page.items.delete(id);
      const row = rows.querySelector(`tr[data-item-id="${CSS.escape(id)}"]`);
      if (row) row.remove();
    }
    const fresh = document.createDocumentFragment();
    for (const item of data.items) {
      page.items.set(item.id, item);
      let row = rows.querySelector(`tr[data-item-id="${CSS.escape(item.id)}"]`);
      if (!row) { row = document.createElement("tr"); fresh.appendChild(row); }
      renderRow(row, item);
    }
    rows.appendChild(fresh);  // new items arrive at the end of the board, in board order
    if (columnsChanged) {
      for (const row of rows.rows) renderRow(row, page.items.get(row.dataset.itemId));
    }
    document.getElementById("board-name").textContent = visible(data.board.name);
    document.title = `${visible(data.board.name)} \u00b7 monday sandbox`;
    count.textContent = `${data.items_count} item${data.items_count === 1 ? "" : "s"}`;
    count.dataset.count = String(data.items_count);
    document.getElementById("empty").hidden = data.items_count > 0;
    page.revision = data.revision;
  }

  async function poll() {
    try {
      const response = await fetch(`${config.dataUrl}?since=${page.revision}`,
                                   {cache: "no-store"});
      if (!response.ok) throw new Error(String(response.status));
      apply(await response.json());
      status.textContent = `updated ${readableTime(new Date().toISOString())}`;
      status.classList.remove("stale");
    } catch (error) {
      status.textContent = "the sandbox is not answering; trying again";
      status.classList.add("stale");
    } finally {
      window.setTimeout(poll, POLL_MS);
    }
  }

  // --- theme and time zone ------------------------------------------------------------------
  function setUpControls() {
    const theme = document.getElementById("theme");
    const zone = document.getElementById("timezone");
    const zones = [...new Set([page.timezone, browserZone, "UTC", "Africa/Johannesburg",
                              "Europe/London", "America/New_York", "Australia/Sydney"])];
    for (const name of zones) zone.appendChild(new Option(name, name));
    theme.value = page.theme;
    zone.value = page.timezone;
    document.documentElement.dataset.theme = page.theme;
    theme.addEventListener("change", () => {
      page.theme = theme.value;
      document.documentElement.dataset.theme = page.theme;
      window.SandboxFrames.contextChanged();
    });
    zone.addEventListener("change", () => {
      page.timezone = zone.value;
      window.SandboxFrames.contextChanged();
      for (const row of rows.rows) renderRow(row, page.items.get(row.dataset.itemId));
    });
  }

  setUpControls();
  window.SandboxFrames.mount(config, contextFor, document.getElementById("views"));
  poll();
})();
