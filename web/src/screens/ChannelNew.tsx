// Creating a channel for my unit: its name, what it is for, the marking that caps every message
// in it, how long messages stay in view, and the first member units.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { channelsApi, type Membership } from "../channels/api";
import { UnitChoice } from "../channels/UnitChoice";
import { defaultMarking, MarkingPicker, markingRequest, type MarkingDraft } from "../components/MarkingPicker";
import { Link, PageTitle, ProblemNotice } from "../components/common";
import { loadAgencies, loadGroups, unitName } from "../directory";
import { t } from "../i18n";
import { navigate } from "../router";
import type { Uuid } from "../types";
import "../channels/channels.css";

export default function ChannelNew() {
  const name = useSignal("");
  const description = useSignal("");
  const retention = useSignal("");
  const marking = useSignal<MarkingDraft>(defaultMarking());
  const memberUnits = useSignal<Uuid[]>([]);
  const picking = useSignal<Uuid | "">("");
  const error = useSignal<unknown>(null);
  const missing = useSignal<string | null>(null);
  const busy = useSignal(false);
  useEffect(() => {
    Promise.all([loadAgencies(), loadGroups()]).catch(() => {});
  }, []);

  async function create(event: Event) {
    event.preventDefault();
    const picked = markingRequest(marking.value);
    missing.value = picked.missing ?? null;
    if (!picked.marking) return;
    busy.value = true;
    error.value = null;
    try {
      const members: Membership[] = memberUnits.value.map((id) => ({ subject: { kind: "unit", id }, role: "member" }));
      const created = await channelsApi.create({
        name: name.value.trim(),
        description: description.value.trim(),
        marking: picked.marking,
        retention_days: retention.value ? Number(retention.value) : undefined,
        members,
      });
      navigate(`/channels/${created.id}`);
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
    }
  }

  return (
    <form class="channel-form" onSubmit={create}>
      <p>
        <Link href="/channels">← {t("channels.title")}</Link>
      </p>
      <PageTitle>{t("channels.new_title")}</PageTitle>
      <p>{t("channels.new_intro")}</p>
      <ProblemNotice error={error.value} />
      <label class="field">
        {t("channels.name")}
        <input required maxLength={200} value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} />
      </label>
      <label class="field">
        {t("channels.description")}
        <textarea value={description.value} onInput={(e) => (description.value = e.currentTarget.value)} />
      </label>
      <label class="field">
        {t("channels.retention")}
        <input
          type="number"
          min={1}
          inputMode="numeric"
          value={retention.value}
          onInput={(e) => (retention.value = e.currentTarget.value)}
        />
      </label>
      <MarkingPicker draft={marking} />
      <fieldset>
        <legend>{t("channels.member_units")}</legend>
        <ul>
          {memberUnits.value.map((id) => (
            <li key={id}>
              {unitName(id) || id}{" "}
              <button
                type="button"
                class="button-quiet"
                onClick={() => (memberUnits.value = memberUnits.value.filter((u) => u !== id))}
              >
                {t("channels.remove")}
              </button>
            </li>
          ))}
        </ul>
        <label for="new-member-unit">{t("channels.add_unit")}</label>
        <UnitChoice id="new-member-unit" value={picking.value} onChange={(u) => (picking.value = u)} />
        <button
          type="button"
          class="button"
          disabled={!picking.value}
          onClick={() => {
            if (picking.value && !memberUnits.value.includes(picking.value))
              memberUnits.value = [...memberUnits.value, picking.value];
            picking.value = "";
          }}
        >
          {t("channels.add")}
        </button>
      </fieldset>
      {missing.value && (
        <div class="notice notice-error" role="alert">
          {missing.value}
        </div>
      )}
      <button type="submit" class="button button-primary" disabled={busy.value}>
        {t("channels.create")}
      </button>
    </form>
  );
}
