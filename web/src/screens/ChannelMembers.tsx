// A channel's members: units (whoever is posted there now) and users, each with a role. Owners
// add them (a user found by name), change and remove them; the server refuses a member the channel's marking does not reach
// or the removal of the last owner, and says so here.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { channelsApi, MEMBER_ROLES, type ChannelDetail, type MemberRole, type Membership, type MemberSubject } from "../channels/api";
import { UnitChoice } from "../channels/UnitChoice";
import { UserPicker } from "../channels/UserPicker";
import { MarkingChips } from "../components/Marking";
import { Link, Loading, PageTitle, ProblemNotice } from "../components/common";
import { agencyName, loadAgencies, loadUnits, units, unitName } from "../directory";
import { label, t } from "../i18n";
import { me } from "../session";
import type { Uuid } from "../types";
import "../channels/channels.css";

export default function ChannelMembers({ id }: { id: string }) {
  const channel = useSignal<ChannelDetail | null>(null);
  const error = useSignal<unknown>(null);
  const refused = useSignal<unknown>(null);
  const unit = useSignal<Uuid | "">("");
  // Names of accounts picked on this screen, until the server names them.
  const known = useSignal<Record<string, string>>({});
  const role = useSignal<MemberRole>("member");

  async function load() {
    try {
      channel.value = await channelsApi.get(id);
    } catch (failure) {
      refused.value = failure;
    }
  }
  useEffect(() => {
    loadAgencies().catch(() => {});
    loadUnits().catch(() => {});
    load();
  }, [id]);

  async function change(run: () => Promise<unknown>) {
    error.value = null;
    try {
      await run();
      await load();
    } catch (failure) {
      error.value = failure;
    }
  }

  if (refused.value)
    return (
      <>
        <PageTitle>{t("channels.members")}</PageTitle>
        <div class="notice notice-error" role="alert">
          {t("channels.not_available")}
        </div>
        <Link href="/channels">← {t("channels.title")}</Link>
      </>
    );
  const c = channel.value;
  if (!c) return <Loading />;
  const owner = c.role === "owner";
  const who = me.value!;
  const name = (s: MemberSubject) =>
    s.kind === "unit"
      ? `${unitName(s.id) || s.id} · ${agencyName(units.value.get(s.id)?.agency) || ""}`
      : (c.user_names?.find((u) => u.id === s.id)?.name ??
        known.value[s.id] ??
        (s.id === who.user.id ? who.user.display_name : `${t("channels.user")} ${s.id}`));
  const set = (m: Membership) => change(() => channelsApi.setMember(id, m));

  return (
    <div class="channel-members">
      <p>
        <Link href={`/channels/${id}`}>← {c.name}</Link>
      </p>
      <PageTitle>{t("channels.members_of", { name: c.name })}</PageTitle>
      <MarkingChips marking={c.marking} />
      <ProblemNotice error={error.value} />
      <ul class="member-rows">
        {c.members.map((m) => (
          <li key={`${m.subject.kind}-${m.subject.id}`} class="member-row">
            <span class="member-name">
              {m.subject.kind === "unit" ? "🏢 " : "👤 "}
              {name(m.subject)}
            </span>
            {owner ? (
              <select
                aria-label={t("channels.role_of", { name: name(m.subject) })}
                value={m.role}
                onChange={(e) => set({ subject: m.subject, role: e.currentTarget.value as MemberRole })}
              >
                {MEMBER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {label("channel_role", r)}
                  </option>
                ))}
              </select>
            ) : (
              <span>{label("channel_role", m.role)}</span>
            )}
            {(owner || (m.subject.kind === "user" && m.subject.id === who.user.id)) && (
              <button
                type="button"
                class="button-quiet"
                onClick={() => change(() => channelsApi.removeMember(id, m.subject))}
              >
                {t("channels.remove")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {owner && (
        <fieldset class="member-add">
          <legend>{t("channels.add_member")}</legend>
          <label for="add-member-role">{t("channels.role")}</label>{" "}
          <select id="add-member-role" value={role.value} onChange={(e) => (role.value = e.currentTarget.value as MemberRole)}>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {label("channel_role", r)}
              </option>
            ))}
          </select>
          <div>
            <label for="add-member-unit">{t("channels.add_unit")}</label>
            <UnitChoice id="add-member-unit" value={unit.value} onChange={(u) => (unit.value = u)} />
            <button
              type="button"
              class="button"
              disabled={!unit.value}
              onClick={() => {
                const picked = unit.value;
                unit.value = "";
                if (picked) set({ subject: { kind: "unit", id: picked }, role: role.value });
              }}
            >
              {t("channels.add")}
            </button>
          </div>
          <UserPicker
            channel={id}
            listed={new Set(c.members.filter((m) => m.subject.kind === "user").map((m) => m.subject.id))}
            onPick={(picked) => {
              known.value = { ...known.value, [picked.id]: `${picked.display_name} (${picked.post})` };
              set({ subject: { kind: "user", id: picked.id }, role: role.value });
            }}
          />
        </fieldset>
      )}
    </div>
  );
}
