// One ticking "now" for every live countdown on screen, so a list of fifty deadlines costs one
// timer, not fifty; it runs only while something shows a countdown.

import { signal } from "@preact/signals";
import { useEffect } from "preact/hooks";

export const now = signal(Date.now());
let users = 0;
let timer: number | undefined;

/** Keeps `now` ticking every second while the calling component is on screen. */
export function useTicking() {
  useEffect(() => {
    users += 1;
    if (users === 1) {
      now.value = Date.now();
      timer = window.setInterval(() => (now.value = Date.now()), 1000);
    }
    return () => {
      users -= 1;
      if (users === 0) window.clearInterval(timer);
    };
  }, []);
}

/** "14:05" left, "1 h 03 min", "2 d 4 h"; negative spans are the time overdue. */
export function formatSpan(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${two(minutes)} min`;
  return `${two(minutes)}:${two(seconds)}`;
}
