// A connection's values as the form holds them (text, booleans) and as the API takes them.
// Every field comes from the connection schema (GET /api/connection-schema); nothing here names
// a field. Values the form cannot read are sent as typed, so the server names the field and
// says what is wrong with it (422 `errors`).

export const isSecret = (field) => field.kind === "secret";

// The schema's default as the form shows it (an empty box for options: empty means default).
function shownDefault(field) {
  if (field.kind === "choice_list") return shown(field, field.default);
  if (field.option) return field.kind === "bool" ? Boolean(field.default) : "";
  if (field.kind === "bool") return field.default !== false;
  if (field.default === null || field.default === undefined) return "";
  return shown(field, field.default);
}

export function shown(field, value) {
  // A list of choices: null means every choice, shown all ticked.
  if (field.kind === "choice_list") return value == null ? [...field.choices] : [...value];
  if (value === null || value === undefined) return field.kind === "bool" ? false : "";
  if (field.kind === "bool") return Boolean(value);
  if (field.kind === "text_map" || field.kind === "number_map") return JSON.stringify(value);
  if (field.kind === "text_list") return value.join(", ");
  return String(value);
}

// A new connection: every field at its default from the schema.
export function blankValues(schema) {
  return Object.fromEntries(schema.fields.map((f) => [f.name, shownDefault(f)]));
}

// A saved connection (secrets come masked; sending the mask back keeps them).
export function valuesOf(schema, connection) {
  const values = {};
  for (const field of schema.fields) {
    const source = field.option ? connection.options || {} : connection;
    values[field.name] = field.name in source ? shown(field, source[field.name])
      : shownDefault(field);
  }
  return values;
}

function read(field, raw) {
  if (field.kind === "bool") return Boolean(raw);
  if (field.kind === "choice_list") return raw; // every one ticked: the server keeps null
  if (field.kind === "secret") return raw;
  const text = String(raw ?? "").trim();
  if (text === "") return null;
  if (field.kind === "int" || field.kind === "number") {
    return Number.isNaN(Number(text)) ? text : Number(text);
  }
  if (field.kind === "text_map" || field.kind === "number_map") {
    try { return JSON.parse(text); } catch { return text; }
  }
  if (field.kind === "text_list") return text.split(",").map((p) => p.trim()).filter(Boolean);
  return text;
}

// The JSON body of a save: options only when set (empty = the default).
export function body(schema, values) {
  const out = { options: {} };
  for (const field of schema.fields) {
    const value = read(field, values[field.name]);
    if (field.option) {
      if (value !== null && !(field.kind === "bool" && value === Boolean(field.default))) {
        out.options[field.name] = value;
      }
    } else {
      out[field.name] = value === null && field.kind === "secret" ? "" : value;
    }
  }
  return out;
}

// 422 `errors` ([{field, label, message}]) and 400 `fields` by field name (options unprefixed).
export function errorsByField(error) {
  const found = {};
  for (const problem of error.errors || []) {
    found[problem.field.replace(/^options\./, "")] = problem.message;
  }
  for (const name of error.body?.fields || []) {
    found[name] = found[name] || "Type this password again: the server, operator or OData URL "
      + "changed, and a stored password only ever goes to the server it was entered for.";
  }
  return found;
}

// A connection as the list names it: its first required field (the schema's name), then the
// other required fields as "Label value".
export function titleOf(schema, connection) {
  const first = schema.fields.find((f) => f.required && !f.option);
  return first ? String(connection[first.name] ?? "") : `Connection ${connection.id}`;
}

export function summaryOf(schema, connection) {
  const [, ...rest] = schema.fields.filter((f) => f.required && !f.option);
  return rest.map((f) => `${f.label} ${connection[f.name] ?? ""}`).join(" · ");
}
