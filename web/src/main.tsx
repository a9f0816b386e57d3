import { render } from "preact";
import "./styles.css";
import { App } from "./app";
import { languageReady } from "./i18n";
import { prefetchDashboard } from "./screens/Dashboard";
import { loadSession } from "./session";

// English draws at once; a Hindi reader's first screen waits for its labels (one small file).
languageReady.then(() => render(<App />, document.getElementById("app")!));
// The dashboard's documents load alongside the session check, not after it.
if (window.location.pathname === "/") prefetchDashboard();
loadSession().catch(() => {
  // The server is unreachable; the app shows the login, whose submit will say so.
});
