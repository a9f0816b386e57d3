// Coordination channels as a messenger: on a desktop the list beside the open conversation, on
// a phone one or the other (the conversation has its way back to the list).

import { ChannelList } from "../channels/ChannelList";
import { Conversation } from "../channels/Conversation";
import { t } from "../i18n";
import "../channels/channels.css";

export default function Channels({ id }: { id?: string }) {
  return (
    <div class={id ? "messenger messenger-open" : "messenger"}>
      <h1 class="visually-hidden">{t("channels.title")}</h1>
      <ChannelList open={id} />
      {id ? (
        <Conversation key={id} id={id} />
      ) : (
        <p class="conversation-empty">{t("channels.pick")}</p>
      )}
    </div>
  );
}
