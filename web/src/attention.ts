// Counts of what waits for the signed-in user, shown as badges in the navigation. Only counts
// the server can give today: for agency admins, the locked accounts of their agency.

import { signal } from "@preact/signals";
import { api } from "./api";
import type { User } from "./types";

export const lockedAccounts = signal<User[]>([]);

export async function refreshLockedAccounts(): Promise<User[]> {
  const users = await api.users();
  lockedAccounts.value = users.filter((u) => u.status === "locked");
  return users;
}
