// My channels with their unread counts, shared by the list and the open conversation (which
// moves the read position). Refreshed from the server, never counted locally: the server alone
// knows which messages the viewer may read.

import { signal } from "@preact/signals";
import { channelsApi, type ChannelView } from "./api";

export const myChannels = signal<ChannelView[] | null>(null);
export const channelListError = signal<unknown>(null);

let asking: Promise<void> | null = null;
let again = false;

/** Asks for the list; calls while one is under way coalesce into one more. */
export function refreshChannelList(): Promise<void> {
  if (asking) {
    again = true;
    return asking;
  }
  asking = channelsApi
    .list()
    .then(
      ({ channels }) => {
        myChannels.value = channels;
        channelListError.value = null;
      },
      (failure) => {
        channelListError.value = failure;
      },
    )
    .finally(() => {
      asking = null;
      if (again) {
        again = false;
        refreshChannelList();
      }
    });
  return asking;
}
