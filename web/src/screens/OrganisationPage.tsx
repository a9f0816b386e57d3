// One organisation: its kind and names in both scripts, who holds it, the member records the
// user may see, a watch button and its versions.

import { useSignal } from "@preact/signals";
import { api } from "../api";
import { MarkingChips } from "../components/Marking";
import { RecordRefusal } from "../components/RecordRefusal";
import { HitRow, langOf, OtherNames, primaryName } from "../components/Register";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { agencyName, loadAgencies, loadGroups, loadUnits, unitName } from "../directory";
import { formatTime, label, t } from "../i18n";
import { canEdit } from "../session";
import type { Organisation } from "../types";

export default function OrganisationPage({ id }: { id: string }) {
  const loaded = useLoad(async () => {
    const organisation = await api.organisation(id);
    await Promise.all([
      loadAgencies(),
      loadUnits(organisation.marking.owner.agency),
      loadGroups(),
    ]).catch(() => {});
    return organisation;
  }, [id]);
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error)
    return <RecordRefusal back="/search?kind=organisation" backText={t("search.title")} error={loaded.error} />;
  const o = loaded.data!;
  const primary = o.names.find((n) => n.kind === "primary") ?? o.names[0];
  return (
    <article class="organisation">
      <p class="breadcrumb">
        <Link href="/search?kind=organisation">{t("search.title")}</Link>
      </p>
      <div class="row-between">
        <PageTitle>
          <span lang={primary && langOf(primary)}>{primaryName(o.names)}</span>
        </PageTitle>
        <div class="row-actions">
          {canEdit(o.marking.owner.agency) && (
            <Link href={`/organisations/${o.id}/edit`} class="button">
              {t("form.edit")}
            </Link>
          )}
          <WatchOrganisation organisation={o} />
        </div>
      </div>
      <p>
        <span class="chip">{label("org_kind", o.kind)}</span> <OtherNames names={o.names} />
      </p>
      <MarkingChips marking={o.marking} />
      <dl class="facts">
        <div>
          <dt>{t("person.held_by")}</dt>
          <dd>
            {unitName(o.marking.owner.unit)}
            {unitName(o.marking.owner.unit) && ", "}
            {agencyName(o.marking.owner.agency)}
          </dd>
        </div>
        <div>
          <dt>{t("person.version")}</dt>
          <dd>{o.version}</dd>
        </div>
        <div>
          <dt>{t("person.last_changed")}</dt>
          <dd>{formatTime(o.updated_at)}</dd>
        </div>
      </dl>
      {o.notes && (
        <section class="panel" aria-labelledby="org-notes">
          <h2 id="org-notes">{t("organisation.notes")}</h2>
          <p class="notes">{o.notes}</p>
        </section>
      )}
      <Members id={o.id} />
      <History id={o.id} version={o.version} />
    </article>
  );
}

function Members({ id }: { id: string }) {
  const members = useLoad(
    () => api.searchRegister({ kind: "person", organisation: id, per_page: 50 }),
    [id],
  );
  // A server without the unified search cannot list members; the section stays away.
  if (members.error) return null;
  return (
    <section class="members" aria-labelledby="members-heading">
      <h2 id="members-heading">{t("organisation.members")}</h2>
      {members.loading && <Loading />}
      {members.data && members.data.hits.length === 0 && <p>{t("organisation.no_members")}</p>}
      {members.data && members.data.hits.length > 0 && (
        <ul class="hit-list">
          {members.data.hits.map((hit) => (
            <HitRow key={hit.kind === "person" ? hit.person.id : hit.organisation.id} hit={hit} />
          ))}
        </ul>
      )}
    </section>
  );
}

function WatchOrganisation({ organisation }: { organisation: Organisation }) {
  const watches = useLoad(() => api.watches(), [organisation.id]);
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const watching = watches.data?.some(
    (w) => w.subject.kind === "organisation" && w.subject.id === organisation.id,
  );
  if (!watches.data) return null;
  return (
    <div class="watch">
      <button
        type="button"
        class={watching ? "button" : "button button-primary"}
        aria-pressed={watching}
        disabled={busy.value}
        onClick={async () => {
          busy.value = true;
          error.value = null;
          try {
            if (watching) await api.unwatch({ kind: "organisation", id: organisation.id });
            else await api.watch({ kind: "organisation", id: organisation.id });
            watches.reload();
          } catch (failure) {
            error.value = failure;
          } finally {
            busy.value = false;
          }
        }}
      >
        {watching ? t("watch.unwatch") : t("watch.watch")}
      </button>
      <ProblemNotice error={error.value} />
    </div>
  );
}

function History({ id, version }: { id: string; version: number }) {
  const versions = useLoad(() => api.organisationVersions(id), [id, version]);
  if (versions.error) return null;
  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("organisation.history")}</h2>
      {versions.loading && <Loading />}
      <ol class="versions" reversed>
        {versions.data
          ?.slice()
          .sort((a, b) => b.version - a.version)
          .map((v) => (
            <li key={v.version}>
              <strong>{t("person.version_n", { n: v.version })}</strong> · {formatTime(v.changed_at)} ·{" "}
              {primaryName(v.names)} · {label("org_kind", v.kind)}
            </li>
          ))}
      </ol>
    </section>
  );
}
