// Mounts a view once the monday context is known, themed, with a page-level error fallback.
import { Component, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { context, onContextChange } from "./monday.js";
import { Themed } from "./theme.jsx";
import { PageError } from "./PageError.jsx";

class Boundary extends Component {
  constructor(props) { super(props); this.state = { failed: false }; }
  static getDerivedStateFromError() { return { failed: true }; }
  render() {
    if (this.state.failed) {
      return <PageError message="Something went wrong on this page; reload it to try again." />;
    }
    return this.props.children;
  }
}

// The context as it changes: monday tells a view when the user switches theme or time zone.
function Live({ initial, View }) {
  const [ctx, setCtx] = useState(initial);
  useEffect(() => onContextChange((changes) => setCtx((now) => ({ ...now, ...changes }))), []);
  return (
    <Themed theme={ctx.theme}>
      <Boundary><View ctx={ctx} /></Boundary>
    </Themed>
  );
}

export async function mount(View) {
  const ctx = await context();
  const root = createRoot(document.getElementById("root"));
  root.render(<Live initial={ctx} View={View} />);
}
