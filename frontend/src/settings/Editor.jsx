// One saved connection: every schema field by section (site-specific options folded), Save,
// Test connection and the sync-now URL. Members who are not admins see it all read-only.
import { useState } from "react";
import { AttentionBox, Button, Heading } from "@vibe/core";
import { Fields } from "./Field.jsx";
import { SyncUrl } from "./SyncUrl.jsx";
import { TestButton, TestResults } from "./TestResults.jsx";
import { afterSave, saveConnection } from "./save.js";
import { titleOf, valuesOf } from "./values.js";

function Section({ section, fields, values, errors, onChange, readOnly }) {
  const inner = <Fields fields={fields} values={values} errors={errors} onChange={onChange}
                        readOnly={readOnly} />;
  if (section.key === "advanced") {
    return (
      <details className="section advanced" id="advanced-options"
               open={fields.some((f) => errors[f.name])}>
        <summary>{section.title}</summary>
        <p className="hint">Leave empty to use the default shown.</p>
        {inner}
      </details>
    );
  }
  return <fieldset className="section"><legend>{section.title}</legend>{inner}</fieldset>;
}

export function Editor({ schema, connection, canEdit, onSaved, onBack }) {
  const [values, setValues] = useState(() => valuesOf(schema, connection));
  const [errors, setErrors] = useState({});
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const [runKey, setRunKey] = useState(0);
  const change = (name, value) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event) {
    event.preventDefault();
    if (!canEdit) return;
    setBusy(true);
    setStatus("");
    const saved = await saveConnection(schema, values, connection.id);
    setBusy(false);
    if (saved.errors) {
      setErrors(saved.errors);
      setProblem(saved.message);
      return;
    }
    setErrors({});
    setProblem("");
    setValues(afterSave(schema, values, saved.connection, valuesOf));
    setStatus("Saved.");
    onSaved(saved.connection);
  }

  return (
    <section className="editor" aria-labelledby="editor-heading">
      <Button kind="tertiary" onClick={onBack} id="back-to-list">← All connections</Button>
      <Heading type="h2" id="editor-heading">{titleOf(schema, connection)}</Heading>
      {!canEdit && (
        <p className="hint" id="read-only-note">You can view these settings; only an admin of
          this monday account can change them or test the connection.</p>
      )}
      {canEdit && (
        <p className="hint">Passwords show as ******** once saved; leave them as they are to
          keep them. A new server URL, operator or OData URL needs its passwords again.</p>
      )}
      <form id="connection-form" noValidate onSubmit={submit} aria-label="Connection settings">
        {problem && <AttentionBox type="negative" title="Not saved" text={problem}
                                  id="form-problem" />}
        {schema.sections.map((section) => (
          <Section key={section.key} section={section} values={values} errors={errors}
                   fields={schema.fields.filter((f) => f.section === section.key)}
                   onChange={change} readOnly={!canEdit} />
        ))}
        {canEdit && (
          <div className="actions">
            <Button type="submit" id="save-button" loading={busy}>Save</Button>
            <TestButton onClick={() => setRunKey((k) => k + 1)} />
            <span role="status" id="form-status">{status}</span>
          </div>
        )}
      </form>
      {canEdit && <TestResults connectionId={connection.id} runKey={runKey} />}
      {canEdit && <SyncUrl connectionId={connection.id} />}
    </section>
  );
}
