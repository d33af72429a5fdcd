// Mounts a view once the monday context is known, themed, with a page-level error fallback.
import { Component } from "react";
import { createRoot } from "react-dom/client";
import { context } from "./monday.js";
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

export async function mount(View) {
  const ctx = await context();
  const root = createRoot(document.getElementById("root"));
  root.render(
    <Themed theme={ctx.theme}>
      <Boundary><View ctx={ctx} /></Boundary>
    </Themed>,
  );
}
