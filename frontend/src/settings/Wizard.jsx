// First run: server -> logon -> what to sync -> test, every field from the connection schema
// with its default filled in; what to sync is a field of the connection too, saved with it, so
// the test and the editor know it later. A failed test sends the user back to the step to fix, with the
// plain reason beside it (a refused logon: Logon; an unreachable server: Server).
import { useState } from "react";
import { AttentionBox, Button, Heading } from "@vibe/core";
import { Fields } from "./Field.jsx";
import { TestResults, connectionProblem } from "./TestResults.jsx";
import { afterSave, missingRequired, saveConnection } from "./save.js";
import { blankValues, valuesOf } from "./values.js";

// Schema sections per step; a section not named here (new ones too) joins "What to sync".
const STEPS = [
  { key: "server", title: "Server", sections: ["server"] },
  { key: "logon", title: "Logon", sections: ["logon"] },
  { key: "sync", title: "What to sync", sections: null },
  { key: "test", title: "Test" },
];
const NAMED = new Set(["server", "logon"]);

function sectionsOf(step, schema) {
  if (!step.sections && step.key === "sync") {
    return schema.sections.filter((s) => !NAMED.has(s.key)).map((s) => s.key);
  }
  return step.sections || [];
}

function StepList({ at, problems, counts, onGo, reachable }) {
  return (
    <ol className="wizard-steps" aria-label="Set-up steps">
      {STEPS.map((step, i) => (
        <li key={step.key} id={`step-${step.key}`} className={problems[step.key] ? "problem" : ""}
            aria-current={i === at ? "step" : undefined}>
          <button type="button" onClick={() => onGo(i)} disabled={i > reachable}>
            <span className="step-number">{i + 1}</span> {step.title}
            {counts[step.key] > 0 && <span className="step-count">{counts[step.key]} to fix</span>}
          </button>
          {problems[step.key] && (
            <p className="step-problem" id={`problem-${step.key}`}>{problems[step.key]}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

export function Wizard({ schema, onFinished, onCancel }) {
  const [at, setAt] = useState(0);
  const [reachable, setReachable] = useState(0);
  const [values, setValues] = useState(() => blankValues(schema));
  const [errors, setErrors] = useState({});
  const [problems, setProblems] = useState({});
  const [connectionId, setConnectionId] = useState(null);
  const [runKey, setRunKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const step = STEPS[at];
  const bySection = (keys) => schema.fields.filter((f) => keys.includes(f.section));

  const go = (i) => { setAt(i); setReachable((r) => Math.max(r, i)); };
  const change = (name, value) => setValues((v) => ({ ...v, [name]: value }));

  function next() {
    const missing = missingRequired(bySection(sectionsOf(step, schema)), values);
    setErrors((e) => ({ ...e, ...missing }));
    if (Object.keys(missing).length === 0) go(at + 1);
  }

  async function saveAndTest() {
    setBusy(true);
    const saved = await saveConnection(schema, values, connectionId);
    setBusy(false);
    if (saved.errors) {
      setErrors(saved.errors);
      const first = STEPS.findIndex((s) => bySection(sectionsOf(s, schema))
        .some((f) => saved.errors[f.name]));
      setProblems(first === -1 ? { [step.key]: saved.message } : {});
      setAt(first === -1 ? at : first);
      return;
    }
    setErrors({});
    setProblems({});
    setConnectionId(saved.connection.id);
    setValues(afterSave(schema, values, saved.connection, valuesOf));
    go(STEPS.length - 1);
    setRunKey((k) => k + 1);
  }

  function tested(progress) {
    const problem = connectionProblem(progress.steps);
    if (problem) {
      setProblems({ [problem.where]: problem.message });
      setAt(STEPS.findIndex((s) => s.key === problem.where));
    }
  }

  const submit = (event) => {
    event.preventDefault();
    if (step.key === "sync") saveAndTest(); else next();
  };
  return (
    <section className="wizard" aria-labelledby="wizard-heading">
      <Heading type="h2" id="wizard-heading">Connect your SYSPRO server</Heading>
      <StepList at={at} problems={problems} onGo={go} reachable={reachable}
                counts={Object.fromEntries(STEPS.map((s) => [s.key, bySection(
                  sectionsOf(s, schema)).filter((f) => errors[f.name]).length]))} />
      {step.key === "test" ? (
        <>
          <TestResults connectionId={connectionId} runKey={runKey} onDone={tested} />
          <div className="actions">
            <Button kind="secondary" onClick={() => go(2)}>Back</Button>
            <Button id="wizard-done" onClick={() => onFinished(connectionId)}>Done</Button>
          </div>
        </>
      ) : (
        <form id="connection-form" noValidate onSubmit={submit}
              aria-label={`Step ${at + 1}: ${step.title}`}>
          {problems[step.key] && (
            <AttentionBox type="negative" title="This step needs fixing" className="step-box"
                          text="See the reason above; correct the fields, then Save and test again." />
          )}
          {sectionsOf(step, schema).map((key) => {
            const section = schema.sections.find((s) => s.key === key);
            const inner = <Fields fields={bySection([key])} values={values} errors={errors}
                                  onChange={change} />;
            return key === "advanced" ? (
              <details key={key} className="section advanced"
                       open={bySection([key]).some((f) => errors[f.name])}>
                <summary>{section.title}</summary>{inner}
              </details>
            ) : (
              <fieldset key={key} className="section"><legend>{section.title}</legend>{inner}
              </fieldset>
            );
          })}
          <div className="actions">
            {at > 0 ? <Button kind="secondary" onClick={() => go(at - 1)}>Back</Button>
              : onCancel && <Button kind="tertiary" onClick={onCancel}>Cancel</Button>}
            <Button type="submit" id="wizard-next" loading={busy}>
              {step.key === "sync" ? "Save and test" : "Next"}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
