import { render } from "preact";
import "./styles.css";
import { App } from "./app";
import { loadSession } from "./session";

render(<App />, document.getElementById("app")!);
loadSession().catch(() => {
  // The server is unreachable; the app shows the login, whose submit will say so.
});
