// Finding an account to add to a channel: the owner types part of a name or username and picks
// from the accounts the server offers — only those of agencies the channel reaches, cleared to
// read it. Accounts already listed are shown but cannot be picked again.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ProblemNotice } from "../components/common";
import { agencyName } from "../directory";
import { t } from "../i18n";
import { channelsApi, type MemberCandidate } from "./api";

/** Typing pauses this long before the server is asked. */
const PAUSE_MS = 250;

export function UserPicker({
  channel,
  listed,
  onPick,
}: {
  channel: string;
  listed: Set<string>;
  onPick: (user: MemberCandidate) => void;
}) {
  const text = useSignal("");
  const found = useSignal<MemberCandidate[] | null>(null);
  const error = useSignal<unknown>(null);

  useEffect(() => {
    const q = text.value.trim();
    if (q.length < 2) {
      found.value = null;
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      channelsApi.memberCandidates(channel, q).then(
        (answer) => {
          if (!current) return;
          error.value = null;
          found.value = answer.candidates;
        },
        (failure) => current && (error.value = failure),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text.value, channel]);

  return (
    <div class="user-picker">
      <label for="add-member-user">{t("channels.add_user")}</label>{" "}
      <input
        id="add-member-user"
        type="search"
        autoComplete="off"
        value={text.value}
        placeholder={t("channels.user_search")}
        onInput={(e) => (text.value = e.currentTarget.value)}
      />
      <ProblemNotice error={error.value} />
      {found.value && (
        <ul class="user-picker-results" aria-label={t("channels.user_results")}>
          {found.value.length === 0 && <li class="muted">{t("channels.user_none")}</li>}
          {found.value.map((c) => {
            const member = listed.has(c.id);
            return (
              <li key={c.id}>
                <button
                  type="button"
                  class="button-quiet user-picker-choice"
                  disabled={member}
                  onClick={() => {
                    text.value = "";
                    found.value = null;
                    onPick(c);
                  }}
                >
                  <span class="user-picker-name">{c.display_name}</span>
                  <span class="muted">
                    {" "}
                    · {c.post} · {agencyName(c.agency) || ""} · @{c.username}
                    {member && ` · ${t("channels.already_member")}`}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
