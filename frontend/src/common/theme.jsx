// monday's look: Vibe's theme (light, dark or black, from the monday context) on the body.
import { ThemeProvider } from "@vibe/core";
import "@vibe/core/tokens";
import "./page.css";

export function Themed({ theme, children }) {
  return (
    <ThemeProvider systemTheme={theme || "light"} className="page-theme">
      {children}
    </ThemeProvider>
  );
}
