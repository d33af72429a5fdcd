// Saving a connection: POST a new one, PUT a saved one; the answer's problems by field.
import { api } from "../common/api.js";
import { body, errorsByField } from "./values.js";

// {connection} when saved, else {errors: {field: message}, message}.
export async function saveConnection(schema, values, id) {
  try {
    const answer = id ? await api("PUT", `/api/connections/${id}`, body(schema, values))
      : await api("POST", "/api/connections", body(schema, values));
    return { connection: answer.connection };
  } catch (error) {
    return { errors: errorsByField(error), message: error.message };
  }
}

// Secrets as typed stay in the form after a save (the answer has masks), so a later change of
// server in the same sitting does not ask for them again.
export function afterSave(schema, values, saved, valuesOf) {
  const fresh = valuesOf(schema, saved);
  for (const field of schema.fields) {
    if (field.kind === "secret" && values[field.name]) fresh[field.name] = values[field.name];
  }
  return fresh;
}

// Fields the schema marks required and the form left empty, as the server would name them.
export function missingRequired(fields, values) {
  const found = {};
  for (const field of fields) {
    if (field.required && !String(values[field.name] ?? "").trim()) found[field.name] = "is required";
  }
  return found;
}
