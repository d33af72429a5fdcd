// The board view's entry. The board view itself is built on its own branch; until then the
// page (templates/board.html) keeps its plain script and this entry only proves the stack.
import { Heading } from "@vibe/core";
import { mount } from "./common/mount.jsx";

function BoardView() {
  return <main className="page"><Heading type="h1" text="SYSPRO sync health" /></main>;
}

mount(BoardView);
