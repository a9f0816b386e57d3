// The audit log for auditors: who did what to which record, newest first, filtered by record,
// actor or action, a page at a time (older pages continue below the last entry's number).

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { api, type AuditFilter } from "../api";
import { Cell, Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { agencyCode, loadAgencies } from "../directory";
import { formatTime, label, t } from "../i18n";
import { href, navigate, place } from "../router";
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from "../types";

const PAGE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function Audit() {
  const query = place.value.query;
  const filter = {
    record: query.get("record") ?? "",
    actor: query.get("actor") ?? "",
    action: (query.get("action") ?? "") as AuditAction | "",
    before: Number(query.get("before")) || undefined,
  };
  const valid = (!filter.record || UUID.test(filter.record)) && (!filter.actor || UUID.test(filter.actor));
  const entries = useLoad(async () => {
    loadAgencies().catch(() => {});
    return valid ? api.audit({ ...filter, limit: PAGE }) : [];
  }, [filter.record, filter.actor, filter.action, filter.before]);

  const list = entries.data ?? [];
  const oldest = list.length === PAGE ? list[list.length - 1].seq : undefined;
  const base = { record: filter.record, actor: filter.actor, action: filter.action };
  return (
    <>
      <PageTitle>{t("audit.title")}</PageTitle>
      <p class="muted">{t("audit.intro")}</p>
      <AuditFilters current={filter} />
      {!valid && (
        <div class="notice notice-error" role="alert">
          {t("audit.bad_id")}
        </div>
      )}
      <ProblemNotice error={entries.error} />
      <div aria-live="polite" aria-busy={entries.loading}>
        {entries.loading && <Loading />}
        {entries.data && (
          <p class="muted">
            {filter.before
              ? t("audit.showing_before", { count: list.length, seq: filter.before })
              : t("audit.showing", { count: list.length })}
          </p>
        )}
      </div>
      {list.length > 0 && (
        <table class="cards audit-table">
          <caption class="visually-hidden">{t("audit.title")}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("audit.when")}</th>
              <th scope="col">{t("audit.actor")}</th>
              <th scope="col">{t("audit.action")}</th>
              <th scope="col">{t("audit.record")}</th>
              <th scope="col">{t("audit.owner")}</th>
              <th scope="col">{t("audit.source")}</th>
              <th scope="col">{t("audit.detail")}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((entry) => (
              <EntryRow key={entry.seq} entry={entry} />
            ))}
          </tbody>
        </table>
      )}
      <nav class="pager" aria-label={t("common.pages")}>
        {filter.before && (
          <Link class="button" href={href("/audit", base)}>
            {t("audit.newest")}
          </Link>
        )}
        {oldest && (
          <Link class="button" href={href("/audit", { ...base, before: oldest })}>
            {t("audit.older")}
          </Link>
        )}
      </nav>
    </>
  );
}

function AuditFilters({ current }: { current: AuditFilter }) {
  const record = useSignal(current.record ?? "");
  const actor = useSignal(current.actor ?? "");
  const action = useSignal<string>(current.action ?? "");
  useEffect(() => {
    record.value = current.record ?? "";
    actor.value = current.actor ?? "";
    action.value = current.action ?? "";
  }, [current.record, current.actor, current.action]);
  return (
    <form
      class="filters"
      role="search"
      aria-label={t("audit.filters")}
      onSubmit={(e) => {
        e.preventDefault();
        navigate(
          href("/audit", {
            record: record.value.trim(),
            actor: actor.value.trim(),
            action: action.value,
          }),
        );
      }}
    >
      <div class="field grow">
        <label for="audit-record">{t("audit.record_id")}</label>
        <input
          id="audit-record"
          spellcheck={false}
          value={record.value}
          onInput={(e) => (record.value = e.currentTarget.value)}
        />
      </div>
      <div class="field grow">
        <label for="audit-actor">{t("audit.actor_id")}</label>
        <input
          id="audit-actor"
          spellcheck={false}
          aria-describedby="audit-actor-hint"
          value={actor.value}
          onInput={(e) => (actor.value = e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="audit-action">{t("audit.action")}</label>
        <select id="audit-action" value={action.value} onChange={(e) => (action.value = e.currentTarget.value)}>
          <option value="">{t("common.all")}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {label("action", a)}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="button-primary">
          {t("audit.apply")}
        </button>
        <Link class="button" href="/audit">
          {t("audit.clear")}
        </Link>
      </div>
      <p class="hint filters-note" id="audit-actor-hint">
        {t("audit.actor_hint")}
      </p>
    </form>
  );
}

function EntryRow({ entry }: { entry: AuditEntry }) {
  return (
    <tr>
      <Cell label="#">{entry.seq}</Cell>
      <Cell label={t("audit.when")}>{formatTime(entry.at)}</Cell>
      <Cell label={t("audit.actor")}>
        {entry.actor ? (
          <Link href={href("/audit", { actor: entry.actor })} title={t("audit.filter_actor")}>
            {entry.actor_name ?? entry.actor}
          </Link>
        ) : (
          (entry.actor_name ?? t("audit.system"))
        )}
      </Cell>
      <Cell label={t("audit.action")}>
        <span class={`action action-${entry.action}`}>{label("action", entry.action)}</span>
      </Cell>
      <Cell label={t("audit.record")}>
        {entry.record ? (
          <>
            {label("record", entry.record.kind)}{" "}
            <Link href={href("/audit", { record: entry.record.id })} title={t("audit.filter_record")}>
              <code>{entry.record.id.slice(0, 8)}</code>
            </Link>
            {entry.record.kind === "document" && (
              <>
                {" "}
                <Link href={`/documents/${entry.record.id}`}>{t("audit.open")}</Link>
              </>
            )}
            {entry.record.kind === "channel" && (
              <>
                {" "}
                <Link href={`/channels/${entry.record.id}/archive`}>{t("audit.open")}</Link>
              </>
            )}
          </>
        ) : (
          "—"
        )}
      </Cell>
      <Cell label={t("audit.owner")}>{agencyCode(entry.record_owner) || "—"}</Cell>
      <Cell label={t("audit.source")}>{entry.source ?? "—"}</Cell>
      <Cell label={t("audit.detail")}>{entry.detail || "—"}</Cell>
    </tr>
  );
}
