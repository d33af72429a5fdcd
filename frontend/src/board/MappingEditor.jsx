// The column mapping: which SYSPRO field fills which column (title, type, on or off), the
// status labels and the item name. "Preview" shows the next 10 records as they would be
// written; nothing changes on the board until "Save".
import { useEffect, useState } from "react";
import { Button, Heading, TextField } from "@vibe/core";
import { api } from "../common/api.js";
import { Outcome, useAction } from "./useAction.js";
import { MappingPreview } from "./MappingPreview.jsx";

const copy = (value) => JSON.parse(JSON.stringify(value));

function ColumnRow({ column, index, fields, types, onChange, onRemove }) {
  const set = (name, value) => onChange({ ...column, [name]: value });
  const where = `mapping column ${index + 1}`;
  return (
    <tr>
      <td><input type="checkbox" checked={column.enabled} aria-label={`Show ${column.column_title || where}`}
        onChange={(e) => set("enabled", e.target.checked)} /></td>
      <td>
        <select value={column.field} aria-label={`SYSPRO field of ${where}`}
          onChange={(e) => set("field", e.target.value)}>
          {fields.map((f) => <option key={f.field} value={f.field}>{f.label}</option>)}
        </select>
      </td>
      <td><input type="text" value={column.column_title} aria-label={`Column title of ${where}`}
        maxLength={255} onChange={(e) => set("column_title", e.target.value)} /></td>
      <td>
        <select value={column.column_type} aria-label={`Column type of ${where}`}
          onChange={(e) => set("column_type", e.target.value)}>
          {types.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </td>
      <td>{onRemove && <Button kind="tertiary" size="small" onClick={onRemove}
        aria-label={`Remove ${where}`}>Remove</Button>}</td>
    </tr>
  );
}

function Problems({ problems }) {
  if (!problems.length) return null;
  return (
    <ul className="problems" role="alert">
      {problems.map((p) => <li key={`${p.field}-${p.message}`}><code>{p.field}</code>: {p.message}</li>)}
    </ul>
  );
}

export function MappingEditor({ syncId }) {
  const [loaded, setLoaded] = useState(null);
  const [draft, setDraft] = useState(null);
  const [added, setAdded] = useState(0);  // columns added since the last save (removable)
  const [preview, setPreview] = useState(null);
  const [problems, setProblems] = useState([]);
  const [error, setError] = useState(null);
  const action = useAction();
  useEffect(() => {
    api("GET", `/api/board-syncs/${syncId}/mapping`)
      .then((body) => { setLoaded(body); setDraft(copy(body.mapping)); })
      .catch((failure) => setError(failure.message));
  }, [syncId]);
  if (error) return <section className="mapping"><p className="bad">{error}</p></section>;
  if (!draft) return null;
  const dirty = JSON.stringify(draft) !== JSON.stringify(loaded.mapping);
  const columns = draft.columns;
  const setColumn = (index, column) => setDraft({ ...draft, columns: columns.map((c, i) => (i === index ? column : c)) });
  const addColumn = () => {
    const used = new Set(columns.map((c) => c.field));
    const field = loaded.fields.find((f) => !used.has(f.field)) || loaded.fields[0];
    setDraft({ ...draft, columns: [...columns, { field: field.field, field_label: field.label,
      column_title: field.label.replace(/ \(.*\)$/, ""), column_type: field.type, enabled: true }] });
    setAdded(added + 1);
  };
  const checked = async (work) => {
    setProblems([]);
    try {
      return await work();
    } catch (failure) {
      setProblems(failure.errors || []);
      throw failure;
    }
  };
  const runPreview = () => action.run("preview", () => checked(async () => {
    const body = await api("POST", `/api/board-syncs/${syncId}/mapping/preview`, { mapping: draft });
    setPreview(body);
    return `Preview of ${body.items.length} records below; nothing was written.`;
  }));
  const save = () => action.run("save", () => checked(async () => {
    const body = await api("PUT", `/api/board-syncs/${syncId}/mapping`, { mapping: draft });
    setLoaded({ ...loaded, mapping: body.mapping });
    setDraft(copy(body.mapping));
    setAdded(0);
    return "Saved. The board's columns are being updated, and records whose values changed are written again.";
  }));
  const firstAdded = columns.length - added;
  return (
    <section className="mapping" aria-labelledby={`mapping-${syncId}`}>
      <Heading type="h3" id={`mapping-${syncId}`} ellipsis={false}>Column mapping</Heading>
      <p className="muted">Change the columns, then preview the records the next poll would write (up to 10). Nothing is written until you press Save.</p>
      <div className="table-wrap">
        <table className="mapping-table">
          <thead><tr><th scope="col">Show</th><th scope="col">SYSPRO field</th>
            <th scope="col">Column title</th><th scope="col">Column type</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr></thead>
          <tbody>
            {columns.map((column, index) => (
              <ColumnRow key={index} column={column} index={index} fields={loaded.fields}
                types={loaded.column_types} onChange={(c) => setColumn(index, c)}
                onRemove={index >= firstAdded ? () => {
                  setDraft({ ...draft, columns: columns.filter((_, i) => i !== index) });
                  setAdded(added - 1);
                } : null} />
            ))}
          </tbody>
        </table>
      </div>
      <Button kind="tertiary" size="small" onClick={addColumn}>Add a column</Button>
      <div className="mapping-fields">
        <TextField id={`mapping-name-${syncId}`} title="Item name (SYSPRO fields in braces)"
          value={draft.name_template} onChange={(value) => setDraft({ ...draft, name_template: value })} />
        {Object.entries(draft.status_labels || {}).map(([value, label]) => (
          <TextField key={value} id={`mapping-label-${syncId}-${value}`}
            title={`Status label for SYSPRO "${value}"`} value={label}
            onChange={(text) => setDraft({ ...draft, status_labels: { ...draft.status_labels, [value]: text } })} />
        ))}
      </div>
      <Problems problems={problems} />
      <div className="action-row">
        <Button kind="secondary" onClick={runPreview} loading={action.busy === "preview"}>Preview</Button>
        <Button onClick={save} loading={action.busy === "save"} disabled={!dirty}>Save</Button>
        <Button kind="tertiary" disabled={!dirty}
          onClick={() => { setDraft(copy(loaded.mapping)); setAdded(0); setProblems([]); setPreview(null); }}>
          Undo changes
        </Button>
        {dirty && <span className="muted">Unsaved changes</span>}
      </div>
      <Outcome outcome={action.outcome} id={`mapping-outcome-${syncId}`} />
      {preview && <MappingPreview items={preview.items} source={preview.source}
                                  sourceText={preview.source_text} />}
    </section>
  );
}
