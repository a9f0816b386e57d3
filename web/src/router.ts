// Client-side routes on the History API: the address is a signal, links navigate without a
// reload, and the server answers every non-API path with the application.

import { signal } from "@preact/signals";

export interface Place {
  path: string;
  query: URLSearchParams;
}

function read(): Place {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

export const place = signal<Place>(read());

window.addEventListener("popstate", () => {
  place.value = read();
});

export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  place.value = read();
  window.scrollTo(0, 0);
}

/** For an <a>'s onClick: handles plain left clicks in-app, leaves the rest to the browser. */
export function followLink(event: MouseEvent) {
  const anchor = event.currentTarget as HTMLAnchorElement;
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    anchor.target ||
    anchor.origin !== window.location.origin
  ) {
    return;
  }
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}

/** Builds `path?query` from the non-empty parameters. */
export function href(path: string, params: Record<string, string | number | undefined> = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
