// Runs one change at a time and keeps its outcome in words for a status line.
import { useState } from "react";

export function useAction() {
  const [busy, setBusy] = useState(null);
  const [outcome, setOutcome] = useState(null);  // {ok, text}
  async function run(name, work) {
    setBusy(name);
    setOutcome(null);
    try {
      const text = await work();
      setOutcome({ ok: true, text });
    } catch (failure) {
      setOutcome({ ok: false, text: failure.message });
    } finally {
      setBusy(null);
    }
  }
  return { busy, outcome, run };
}

export function Outcome({ outcome, id }) {
  return (
    <p className={`outcome ${outcome ? (outcome.ok ? "ok" : "bad") : ""}`} id={id}
      role="status" aria-live="polite">
      {outcome ? outcome.text : ""}
    </p>
  );
}
