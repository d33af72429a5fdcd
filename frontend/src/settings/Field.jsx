// One field of the connection schema, rendered by its kind, with its label, help text and its
// problem (from the server's 422) right beside it. Read-only for members who are not admins.
import { Checkbox, TextArea, TextField } from "@vibe/core";

const INPUT_TYPES = { secret: "password", int: "number", number: "number", url: "url" };

function Help({ field, error }) {
  return (
    <>
      {field.help && <p className="field-help" id={`help-${field.name}`}>{field.help}</p>}
      {error && (
        <p className="field-error" role="alert" id={`error-${field.name}`}
           data-error-for={field.name}>{field.label}: {error}</p>
      )}
    </>
  );
}

function placeholderOf(field) {
  if (field.kind === "secret" || field.kind === "bool") return "";
  if (field.default === null || field.default === undefined || field.default === "") return "";
  if (typeof field.default === "object") return JSON.stringify(field.default);
  return String(field.default);
}

function Choice({ field, value, onChange, readOnly }) {
  const choices = field.option ? ["", ...field.choices] : field.choices;
  return (
    <div className="choice-field">
      <label htmlFor={`f-${field.name}`} className="choice-label">{field.label}</label>
      <select id={`f-${field.name}`} name={field.name} value={value} disabled={readOnly}
              onChange={(event) => onChange(event.target.value)}>
        {choices.map((c) => (
          <option key={c} value={c}>{c === "" ? `Default (${field.default})` : c}</option>
        ))}
      </select>
    </div>
  );
}

// Some of a fixed list (what to sync): one checkbox per choice, with the schema's labels.
function ChoiceList({ field, value, onChange, readOnly }) {
  const chosen = new Set(value || []);
  const toggle = (key, on) => {
    const next = new Set(chosen);
    if (on) next.add(key); else next.delete(key);
    onChange(field.choices.filter((c) => next.has(c)));
  };
  return (
    <fieldset className="choice-list" id={`f-${field.name}`}
              aria-describedby={field.help ? `help-${field.name}` : undefined}>
      <legend>{field.label}</legend>
      {field.choices.map((key, i) => (
        <Checkbox key={key} id={`f-${field.name}-${key}`} name={`${field.name}-${key}`}
                  label={field.choice_labels[i] || key} checked={chosen.has(key)}
                  disabled={readOnly} onChange={(event) => toggle(key, event.target.checked)} />
      ))}
    </fieldset>
  );
}

export function Field({ field, value, error, onChange, readOnly }) {
  let control;
  if (field.kind === "choice_list") {
    control = <ChoiceList field={field} value={value} onChange={onChange} readOnly={readOnly} />;
  } else if (field.kind === "bool") {
    control = (
      <Checkbox id={`f-${field.name}`} name={field.name} label={field.label}
                checked={Boolean(value)} disabled={readOnly}
                onChange={(event) => onChange(event.target.checked)} />
    );
  } else if (field.kind === "choice") {
    control = <Choice field={field} value={value} onChange={onChange} readOnly={readOnly} />;
  } else if (["pem", "text_map", "number_map"].includes(field.kind)) {
    control = (
      <TextArea id={`f-${field.name}`} name={field.name} label={field.label} value={value}
                placeholder={placeholderOf(field)} readOnly={readOnly} error={Boolean(error)}
                onChange={(event) => onChange(event.target.value)} />
    );
  } else {
    control = (
      <TextField id={`f-${field.name}`} name={field.name} title={field.label}
                 inputAriaLabel={field.label} type={INPUT_TYPES[field.kind] || "text"}
                 value={value} controlled required={field.required && !readOnly}
                 readonly={readOnly} placeholder={placeholderOf(field)}
                 autoComplete={field.kind === "secret" ? "new-password" : "off"}
                 validation={error ? { status: "error" } : undefined} size="medium"
                 onChange={(text) => onChange(text)} />
    );
  }
  return (
    <div className={`field field-${field.kind}${error ? " has-error" : ""}`}
         data-field={field.name}>
      {control}
      <Help field={field} error={error} />
    </div>
  );
}

// A section's fields in schema order.
export function Fields({ fields, values, errors, onChange, readOnly }) {
  return fields.map((field) => (
    <Field key={field.name} field={field} value={values[field.name]}
           error={errors[field.name]} readOnly={readOnly}
           onChange={(value) => onChange(field.name, value)} />
  ));
}
