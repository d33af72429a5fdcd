// Builds the views' bundles: src/<view>.jsx -> ../monday_app/web/static/dist/<view>.js (+ .css),
// and src/message.css -> dist/message.css.
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
// Style sheets for pages without a script (templates/message.html).
const STYLE_ENTRIES = ["message"];

function outdir() {
  const at = process.argv.indexOf("--outdir");
  if (at === -1) return path.join(here, "..", "monday_app", "web", "static", "dist");
  if (!process.argv[at + 1]) throw new Error("--outdir needs a folder");
  return path.resolve(process.argv[at + 1]);
}

// @vibe/core's index imports a script that injects Vibe's design tokens as a <style> at run
// time: the same bytes as "@vibe/core/tokens", which each view already loads as CSS
// (src/common/theme.jsx), so that copy would only add ~31 KB to every script. It is replaced
// by an empty module; the build fails if the module moves, rather than ship both again.
const TOKENS_SCRIPT = /[\\/]@vibe[\\/]core[\\/]dist[\\/]style[\\/]dist[\\/]index\.min\.css\.js$/;
const noDuplicateTokens = {
  name: "no-duplicate-vibe-tokens",
  setup(b) {
    let seen = false;
    b.onLoad({ filter: TOKENS_SCRIPT }, () => {
      seen = true;
      return { contents: "export default '';", loader: "js" };
    });
    b.onEnd((result) => {
      if (result.errors.length === 0 && !seen) {
        throw new Error("@vibe/core no longer imports style/dist/index.min.css.js: "
          + "check how it brings its tokens now (build.mjs, noDuplicateTokens)");
      }
    });
  },
};

await build({
  plugins: [noDuplicateTokens],
  absWorkingDir: here,
  entryPoints: Object.fromEntries([
    ...ENTRIES.map((name) => [name, `src/${name}.jsx`]),
    ...STYLE_ENTRIES.map((name) => [name, `src/${name}.css`]),
  ]),
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
