// My channels with their unread counts, shared by the list and the open conversation (which
// moves the read position). Refreshed from the server, never counted locally: the server alone
// knows which messages the viewer may read.

import { computed, signal } from "@preact/signals";
import { onReconnect, onStream } from "../stream";
import { channelsApi, type ChannelView } from "./api";

export const myChannels = signal<ChannelView[] | null>(null);
export const channelListError = signal<unknown>(null);
/** Unread messages over all my channels, for the navigation's badge. */
export const unreadInChannels = computed(() =>
  (myChannels.value ?? []).reduce((sum, channel) => sum + channel.unread, 0),
);

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

/** Keeps the list (and so the counts) current from the live stream while signed in; returns
 * what stops it and forgets the list, at sign-out. */
export function followChannels(): () => void {
  const refresh = () => void refreshChannelList();
  const stops = [
    onStream("channel_message", refresh),
    onStream("channel_message_edited", refresh),
    onStream("channel_membership_changed", refresh),
    onReconnect(refresh),
  ];
  refresh();
  return () => {
    stops.forEach((stop) => stop());
    myChannels.value = null;
  };
}
