// monday's side of monday-sdk-js (0.5.9) for the app's views embedded in the board page.
//
// Inside the iframe, monday-sdk-js posts to its parent:
//   {method, args: {type, params}, requestId, clientId, version}
// and resolves the promise with the first message back carrying the same requestId
// (rejects when it has `errorMessage`); `listen(type, cb)` registers cb under `type` and
// posts {method: "listen", args: {type}}; any later message whose `type` (or `method`) is
// that name reaches cb. So answers here are {method, type, requestId, data}, and a context
// change is sent as {method: "listen", type: "context", data: <context>}.
"use strict";

window.SandboxFrames = (function () {
  const frames = [];  // {kind, origin, element, listening: Set}
  const log = [];     // what the views asked, for people (and tests) to look at
  let config = null;
  let contextOf = null;

  async function freshSessionToken() {
    // A new token each time, as monday does: the one in the iframe URL expires in minutes.
    const response = await fetch(config.tokenUrl, {
      method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({account_id: config.accountId, user_id: config.userId,
                            lifetime_seconds: config.tokenLifetime}),
    });
    if (!response.ok) throw new Error(`the sandbox gave no session token (${response.status})`);
    return (await response.json()).token;
  }

  async function answerGet(frame, type) {
    if (type === "context") return contextOf(frame.kind);
    if (type === "sessionToken") return freshSessionToken();
    if (type === "settings") return {};
    throw new Error(`the sandbox does not answer get("${type}")`);
  }

  async function onMessage(event) {
    const frame = frames.find((f) => f.element.contentWindow === event.source);
    if (!frame || event.origin !== frame.origin) return;  // only our views, from their origin
    const message = event.data;
    if (!message || typeof message !== "object" || typeof message.method !== "string") return;
    const args = message.args && typeof message.args === "object" ? message.args : {};
    const type = typeof args.type === "string" ? args.type : undefined;
    log.push({view: frame.kind, method: message.method, type: type || null});
    const reply = (body) => event.source.postMessage(
      {method: message.method, requestId: message.requestId, ...body}, frame.origin);
    switch (message.method) {
      case "get":
        try {
          reply({type, data: await answerGet(frame, type)});
        } catch (error) {
          reply({type, errorMessage: error.message});
        }
        return;
      case "listen":
        // No answer carries `type` here: the SDK would hand it to the listener as an event.
        if (type) frame.listening.add(type);
        return;
      case "execute":
        reply({data: {success: true}});  // track/ping, notices, confirmations: acknowledged
        return;
      default:
        reply({errorMessage: `the sandbox does not support monday.${message.method}()`});
    }
  }

  function mount(pageConfig, contextFor, container) {
    config = pageConfig;
    contextOf = contextFor;
    window.addEventListener("message", onMessage);
    // The listener is in place before any view loads, so no early question is lost.
    for (const view of config.frames) {
      const section = document.createElement("section");
      section.className = "view";
      const heading = document.createElement("h2");
      heading.textContent = view.name;
      const iframe = document.createElement("iframe");
      iframe.title = view.name;
      iframe.dataset.kind = view.kind;
      iframe.src = view.src;
      section.append(heading, iframe);
      container.appendChild(section);
      frames.push({kind: view.kind, origin: view.origin, element: iframe,
                   listening: new Set()});
    }
  }

  function contextChanged() {
    for (const frame of frames) {
      if (!frame.listening.has("context") || !frame.element.contentWindow) continue;
      frame.element.contentWindow.postMessage(
        {method: "listen", type: "context", data: contextOf(frame.kind)}, frame.origin);
    }
  }

  return {mount, contextChanged, log};
})();
