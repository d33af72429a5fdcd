// The views' JSON API calls: the monday session token as Bearer, JSON both ways, and every
// failure turned into plain words (the API answers {error, message} or 422 {errors: [...]}).
import { freshSessionToken, sessionToken as currentToken } from "./monday.js";

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body || {};
    // 422: every field problem at once, [{field, label, message}].
    this.errors = Array.isArray(this.body.errors) ? this.body.errors : [];
  }
}

function messageOf(status, body) {
  if (body.message) return body.message;
  if (status === 401) return "Your monday session has ended; reload the page to sign in again.";
  if (status === 403) return "You do not have permission to do this.";
  if (status === 404) return "This was not found; it may have been removed. Reload the page.";
  if (status >= 500) return "The server could not handle this request; try again in a moment.";
  return body.error || body.reason || `The request failed (${status}).`;
}

async function send(method, path, body, sessionToken) {
  try {
    return await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${sessionToken}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "The server cannot be reached; check your network and try again.");
  }
}

// Inside monday each call asks for a fresh session token (they live minutes, a view stays open
// for hours); should one still be refused, monday is asked for a new one and the call is sent
// once more.
export async function api(method, path, body) {
  const sessionToken = await currentToken();
  let response = await send(method, path, body, sessionToken);
  if (response.status === 401) {
    const fresh = await freshSessionToken().catch(() => null);
    if (fresh && fresh !== sessionToken) response = await send(method, path, body, fresh);
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, messageOf(response.status, data), data);
  return data;
}
