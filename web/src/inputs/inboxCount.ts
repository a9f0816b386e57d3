// The number of inputs waiting for acknowledgement, for the shell's badge: the inbox counts
// alone, without its items.

import { request } from "../api";

export async function inbox(): Promise<number> {
  const answer = await request<{ counts: { unacknowledged: number; escalated: number } }>(
    "GET",
    "/inbox?limit=1",
  );
  return answer.counts.unacknowledged + answer.counts.escalated;
}
