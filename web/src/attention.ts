// Counts of what waits for the signed-in user, shown as badges in the navigation. Only counts
// the server can give: for agency admins, the locked accounts of their agency; for everyone,
// unread notifications.

import { signal } from "@preact/signals";
import { api } from "./api";
import type { User } from "./types";

export const lockedAccounts = signal<User[]>([]);

export async function refreshLockedAccounts(): Promise<User[]> {
  const users = await api.users();
  lockedAccounts.value = users.filter((u) => u.status === "locked");
  return users;
}

/** The signed-in user's unread notifications, for the badge in the navigation. */
export const unreadNotifications = signal(0);

export async function refreshNotifications(): Promise<number> {
  const { unread } = await api.notifications(1);
  unreadNotifications.value = unread;
  return unread;
}

/** Inputs the user's unit has not acknowledged yet, for the badge beside "Inputs". */
export const waitingInputs = signal(0);

export async function refreshInputs(): Promise<number> {
  const { inbox } = await import("./inputs/inboxCount");
  const waiting = await inbox();
  waitingInputs.value = waiting;
  return waiting;
}
