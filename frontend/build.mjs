// Builds the views' bundles: src/<view>.jsx -> ../monday_app/web/static/dist/<view>.js (+ .css).
//
// The output is committed, so it must be the same bytes on every machine for the same sources
// and lock file: no timestamps, no source maps (they would carry paths), paths relative to this
// folder, legal comments gathered at the end of each file. `--outdir DIR` builds elsewhere
// (make assets-check compares such a build with the committed one).
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const ENTRIES = ["settings", "board"];

function outdir() {
  const at = process.argv.indexOf("--outdir");
  if (at === -1) return path.join(here, "..", "monday_app", "web", "static", "dist");
  if (!process.argv[at + 1]) throw new Error("--outdir needs a folder");
  return path.resolve(process.argv[at + 1]);
}

await build({
  absWorkingDir: here,
  entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, `src/${name}.jsx`])),
  outdir: outdir(),
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  jsx: "automatic",
  charset: "utf8",
  legalComments: "eof",
  sourcemap: false,
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".js": "jsx" },
  logLevel: "warning",
});
