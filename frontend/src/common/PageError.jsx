// A whole page that cannot be shown: what happened and what to do, never a stack trace.
import { AttentionBox } from "@vibe/core";

export function PageError({ title, message }) {
  return (
    <main className="page">
      <AttentionBox type="negative" title={title || "This page cannot be shown"} text={message} />
    </main>
  );
}
