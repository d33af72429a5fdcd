// "Test connection": starts the test job, polls its progress and shows each group (what the
// user wants to sync) as soon as it is complete, in plain words; failures say what to fix or
// what to ask the SYSPRO administrator for. The technical steps are folded below.
import { useEffect, useRef, useState } from "react";
import { AttentionBox, Button, Loader } from "@vibe/core";
import { api } from "../common/api.js";

export const POLL_MS = 700;
const CONNECTION_STEPS = new Set(["server URL", "logon", "logon profile"]);
const MARK = { true: "✔", false: "✘", null: "–" };

// Which wizard step a failed connection belongs to: a refused logon is the logon's, anything
// that kept us from reaching the server is the server's.
export function connectionProblem(steps) {
  const failed = steps.find((s) => !s.ok && CONNECTION_STEPS.has(s.subject || s.step));
  if (!failed) return null;
  const where = failed.error_kind === "auth_failed" ? "logon" : "server";
  return { where, message: failed.advice || failed.detail };
}

function Group({ group }) {
  const state = group.ok === true ? "pass" : group.ok === false ? "fail" : "skipped";
  return (
    <li className={`test-group ${state}`} data-group={group.group}>
      <span className="mark" aria-hidden="true">{MARK[String(group.ok)]}</span>
      <span className="group-name">{group.group}</span>
      <span className="visually-hidden">{state === "pass" ? " works" : state === "fail"
        ? " does not work" : " not checked"}</span>
      {group.detail && <span className="group-detail">{group.detail}</span>}
    </li>
  );
}

// Groups the connection is not set to sync (`wanted: false`, from its saved choice) are
// folded below: their failures are not the user's problem unless they choose them.
function Groups({ groups }) {
  const mine = groups.filter((g) => g.wanted !== false);
  const others = groups.filter((g) => g.wanted === false);
  return (
    <>
      <ul className="test-groups" id="test-groups">
        {mine.map((g) => <Group key={g.group} group={g} />)}
      </ul>
      {others.length > 0 && (
        <details className="test-others">
          <summary>Other data you did not choose to sync ({others.length})</summary>
          <ul className="test-groups">{others.map((g) => <Group key={g.group} group={g} />)}</ul>
        </details>
      )}
    </>
  );
}

// What the connection is set to sync decides the verdict (every step, when no choice given).
const chosen = (progress) => progress.chosen_ok ?? progress.ok;

function summary(progress) {
  if (!progress) return "Starting the test…";
  if (!progress.done) return `Testing… ${progress.steps.length} checks done`;
  return chosen(progress) ? "Everything works." : "Some things do not work yet: see below.";
}

// `runKey` changes to start a new run; `onDone(progress)` hears the final progress.
export function TestResults({ connectionId, runKey, onDone }) {
  const [progress, setProgress] = useState(null);
  const [failure, setFailure] = useState(null);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    if (!runKey) return undefined;
    let stopped = false;
    setProgress(null);
    setFailure(null);
    (async () => {
      try {
        const started = await api("POST", `/api/connections/${connectionId}/test`);
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (stopped) return;
          const now = await api("GET", started.status_url);
          if (stopped) return;
          setProgress(now);
          if (now.done) { done.current?.(now); return; }
        }
      } catch (error) {
        if (!stopped) setFailure(error.message);
      }
    })();
    return () => { stopped = true; };
  }, [connectionId, runKey]);

  if (!runKey) return null;
  return (
    <section className="test-result" aria-labelledby="test-heading" id="test-result">
      <h2 id="test-heading">Connection test</h2>
      {failure ? <AttentionBox type="negative" text={failure} /> : (
        <p className="test-status" role="status" id="test-status"
           data-done={progress?.done ? "true" : "false"}
           data-ok={progress?.done ? String(Boolean(chosen(progress))) : ""}>
          {progress && !progress.done && <Loader size={16} />} {summary(progress)}
        </p>
      )}
      {progress && <Groups groups={progress.groups} />}
      {progress && progress.steps.length > 0 && (
        <details className="test-steps">
          <summary>Every step</summary>
          <ol>
            {progress.steps.map((s, i) => (
              <li key={i} className={s.ok ? "pass" : "fail"}>
                {s.ok ? "✔" : "✘"} {s.step}{s.detail ? ` — ${s.detail}` : ""}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

export function TestButton({ onClick, disabled }) {
  return (
    <Button kind="secondary" id="test-button" onClick={onClick} disabled={disabled}>
      Test connection
    </Button>
  );
}
