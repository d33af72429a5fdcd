// Who and where the page is: inside monday's iframe from the monday SDK, else (a page opened
// directly, a test, a local demo) from the page's own query string.
//
// Invariant: `context()` always resolves, within FALLBACK_MS when no parent frame answers, to
// {sessionToken, boardId, theme, timeZone}; theme is "light", "dark" or "black".
import mondaySdk from "monday-sdk-js";

export const FALLBACK_MS = 1000;
const THEMES = new Set(["light", "dark", "black"]);

function fromQuery() {
  const query = new URLSearchParams(window.location.search);
  return {
    sessionToken: query.get("sessionToken") || document.body.dataset.sessionToken || "",
    boardId: query.get("boardId") || null,
    theme: THEMES.has(query.get("theme")) ? query.get("theme") : "light",
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
  };
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(null), ms))]);
}

let sdk = null;

async function fromMonday(fallback) {
  if (window.parent === window) return null;  // not in an iframe: no one to ask
  sdk = sdk || mondaySdk();
  const monday = sdk;
  const [context, token] = await Promise.all([
    withTimeout(monday.get("context"), FALLBACK_MS),
    withTimeout(monday.get("sessionToken"), FALLBACK_MS),
  ]);
  if (!context || !context.data) return null;
  const data = context.data;
  const user = data.user || {};
  return {
    sessionToken: (token && token.data) || fallback.sessionToken,
    boardId: data.boardId ? String(data.boardId) : fallback.boardId,
    theme: THEMES.has(data.theme) ? data.theme : fallback.theme,
    timeZone: user.timezone || user.time_zone || fallback.timeZone,
  };
}

let cached = null;

// A new session token from monday (its tokens live minutes; a view stays open for hours).
// Resolves to null outside monday or when monday does not answer in time.
export async function freshSessionToken() {
  if (window.parent === window) return null;
  sdk = sdk || mondaySdk();
  const answer = await withTimeout(sdk.get("sessionToken"), FALLBACK_MS);
  const token = answer && answer.data;
  if (!token) return null;
  const now = await context();
  now.sessionToken = token;  // later calls use it
  return token;
}

// Calls `callback(changes)` with {theme, timeZone} each time monday's context changes (the
// user switches theme, say); nothing happens outside monday. Returns a stop function.
export function onContextChange(callback) {
  if (window.parent === window) return () => {};
  sdk = sdk || mondaySdk();
  return sdk.listen("context", (res) => {
    const data = (res && res.data) || {};
    const user = data.user || {};
    const changes = {};
    if (THEMES.has(data.theme)) changes.theme = data.theme;
    if (user.timezone || user.time_zone) changes.timeZone = user.timezone || user.time_zone;
    callback(changes);
  });
}

export function context() {
  if (!cached) {
    const fallback = fromQuery();
    cached = fromMonday(fallback).then((found) => found || fallback, () => fallback);
  }
  return cached;
}

// The session token for the next API call. monday's tokens are short-lived: inside monday a
// fresh one is asked for each call (the one the page opened with is the fallback).
export async function sessionToken() {
  const ctx = await context();
  if (!sdk) return ctx.sessionToken;
  const fresh = await withTimeout(sdk.get("sessionToken"), FALLBACK_MS).catch(() => null);
  return (fresh && fresh.data) || ctx.sessionToken;
}
