// One person record: names in both scripts (this record's and the linked records' spellings),
// a photo placeholder, statuses, threat, cases, identifiers, addresses, physical description,
// the cross-agency cluster (analysts confirm or reject suggested links), a watch button, and
// every earlier version. A record the user may not read says "not found", or whom to contact.

import { useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { api } from "../api";
import { DiscussedIn } from "../channels/DiscussedIn";
import { MarkingChips } from "../components/Marking";
import {
  langOf,
  OtherNames,
  PointerHits,
  primaryName,
  relativeText,
  StatusChips,
  day,
} from "../components/Register";
import { RecordRefusal } from "../components/RecordRefusal";
import { SavedMatches } from "../components/SavedMatches";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { agencyName, loadAgencies, loadGroups, loadUnits, unitName } from "../directory";
import { formatTime, label, t } from "../i18n";
import { justSaved } from "../register/justSaved";
import { canEdit, me, roles } from "../session";
import type { Cluster, Person, PersonLink, PersonVersion } from "../types";

export default function PersonPage({ id }: { id: string }) {
  const loaded = useLoad(async () => {
    const person = await api.person(id);
    await Promise.all([
      loadAgencies(),
      loadUnits(person.marking.owner.agency),
      loadGroups(),
    ]).catch(() => {});
    return person;
  }, [id]);
  // The cluster changes with decisions; reloaded on its own.
  const cluster = useLoad(() => api.personCluster(id), [id]);
  const gang = useLoad(
    () =>
      loaded.data?.gang ? api.organisation(loaded.data.gang).catch(() => null) : Promise.resolve(null),
    [loaded.data?.gang ?? null],
  );

  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <RecordRefusal back="/search" backText={t("search.title")} error={loaded.error} />;
  const person = loaded.data!;
  const primary = person.names.find((n) => n.kind === "primary") ?? person.names[0];
  const relative = relativeText(person);
  const elsewhere = (cluster.data?.members ?? []).filter((m) => m.person !== person.id);
  // What matching found when this user just saved this version.
  const saved =
    justSaved.value?.id === person.id && justSaved.value.version === person.version ? justSaved.value : null;
  return (
    <article class="person">
      <p class="breadcrumb">
        <Link href="/search">{t("search.title")}</Link>
      </p>
      <div class="person-head">
        <div class="photo" role="img" aria-label={t("person.photo")}>
          <svg viewBox="0 0 64 64" aria-hidden="true" width="64" height="64">
            <circle cx="32" cy="24" r="12" fill="currentColor" />
            <path d="M10 60c0-13 10-20 22-20s22 7 22 20z" fill="currentColor" />
          </svg>
          <span>{t("person.photo")}</span>
        </div>
        <div class="person-title">
          <div class="row-between">
            <PageTitle>
              <span lang={primary && langOf(primary)}>{primaryName(person.names)}</span>
            </PageTitle>
            <div class="row-actions">
              {canEdit(person.marking.owner.agency) && (
                <Link href={`/persons/${person.id}/edit`} class="button">
                  {t("form.edit")}
                </Link>
              )}
              <WatchButton person={person} />
            </div>
          </div>
          <p class="person-names">
            <OtherNames names={person.names} />
            {relative && <span class="muted"> · {relative}</span>}
          </p>
          {elsewhere.length > 0 && (
            <p class="other-spellings">
              <span class="muted">{t("person.other_records")}: </span>
              {elsewhere.map((m, i) => (
                <span key={m.person}>
                  {i > 0 && " · "}
                  <span lang={/[\u0900-\u097F]/.test(m.name) ? "hi" : undefined}>{m.name}</span>{" "}
                  <span class="muted">({m.agency_code})</span>
                </span>
              ))}
            </p>
          )}
          <p class="person-chips">
            <StatusChips person={person} />
          </p>
        </div>
      </div>
      {saved && <SavedMatches saved={saved} />}
      <MarkingChips marking={person.marking} />
      <dl class="facts">
        <Fact term={t("person.held_by")}>
          {unitName(person.marking.owner.unit)}
          {unitName(person.marking.owner.unit) && ", "}
          {agencyName(person.marking.owner.agency)}
        </Fact>
        {person.gender && <Fact term={t("person.gender")}>{label("gender", person.gender)}</Fact>}
        {person.age && (
          <Fact term={t("person.age")}>
            {person.age.kind === "date_of_birth"
              ? t("person.dob", { date: day(person.age.date) })
              : t("person.age_approx", { years: person.age.years, date: day(person.age.as_of) })}
          </Fact>
        )}
        {person.threat_level && (
          <Fact term={t("person.threat")}>{label("threat", person.threat_level)}</Fact>
        )}
        {person.gang && (
          <Fact term={t("person.gang")}>
            <Link href={`/organisations/${person.gang}`}>
              {gang.data ? primaryName(gang.data.names) : t("search.organisation")}
            </Link>
          </Fact>
        )}
        <Fact term={t("person.version")}>{person.version}</Fact>
        <Fact term={t("person.last_changed")}>{formatTime(person.updated_at)}</Fact>
      </dl>

      <div class="person-sections">
        <Section id="statuses" title={t("person.statuses")} empty={person.statuses.length === 0}>
          <ul class="plain-list">
            {person.statuses.map((s, i) => (
              <li key={i}>
                <strong>{label("person_status", s.status)}</strong>
                {s.since && ` · ${t("person.since", { date: day(s.since) })}`}
                {s.source && ` · ${t("person.source", { source: s.source })}`}
                {s.reward_rupees != null &&
                  ` · ${t("person.reward", { amount: s.reward_rupees.toLocaleString("en-IN") })}`}
              </li>
            ))}
          </ul>
        </Section>
        <Section id="identifiers" title={t("person.identifiers")} empty={person.identifiers.length === 0}>
          <ul class="plain-list">
            {person.identifiers.map((idf, i) => (
              <li key={i}>
                <span class="muted">{label("identifier", idf.kind)}:</span>{" "}
                <Link href={`/search?q=${encodeURIComponent(idf.canonical)}`} class="identifier">
                  {idf.canonical}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="cases" title={t("person.cases")} empty={person.cases.length === 0}>
          <ul class="plain-list">
            {person.cases.map((c, i) => (
              <li key={i}>
                {t("person.case", { number: c.fir_number, year: c.fir_year, station: c.police_station })}
                {c.sections.length > 0 && <span class="muted"> · {c.sections.join(", ")}</span>}
              </li>
            ))}
          </ul>
        </Section>
        <Section id="addresses" title={t("person.addresses")} empty={person.addresses.length === 0}>
          <ul class="plain-list">
            {person.addresses.map((a, i) => (
              <li key={i}>
                <span lang={/[\u0900-\u097F]/.test(a.text) ? "hi" : undefined}>{a.text}</span>
                {a.district && <span class="muted"> · {a.district}</span>}
              </li>
            ))}
          </ul>
        </Section>
        <Description person={person} />
        {person.notes && (
          <Section id="notes" title={t("person.notes")} empty={false}>
            <p class="notes">{person.notes}</p>
          </Section>
        )}
      </div>

      <DiscussedIn person={person.id} />
      <ClusterPanel person={person} cluster={cluster.data} error={cluster.error} reload={cluster.reload} />
      <History id={person.id} version={person.version} />
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section(props: { id: string; title: string; empty: boolean; children: ComponentChildren }) {
  return (
    <section class="panel" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.empty ? <p class="muted">{t("person.none")}</p> : props.children}
    </section>
  );
}

function Description({ person }: { person: Person }) {
  const d = person.description;
  const marks = d?.marks ?? [];
  const empty = !d || (!d.height_cm && !d.build && !d.complexion && marks.length === 0 && !d.other_features);
  return (
    <section class="panel" aria-labelledby="description-heading">
      <h2 id="description-heading">{t("person.description")}</h2>
      {empty ? (
        <p class="muted">{t("person.no_description")}</p>
      ) : (
        <dl class="facts">
          {d!.height_cm && <Fact term={t("person.height")}>{t("person.height_cm", { cm: d!.height_cm })}</Fact>}
          {d!.build && <Fact term={t("person.build")}>{label("build", d!.build)}</Fact>}
          {d!.complexion && <Fact term={t("person.complexion")}>{label("complexion", d!.complexion)}</Fact>}
          {marks.length > 0 && (
            <Fact term={t("person.marks")}>
              <ul class="plain-list">
                {marks.map((m, i) => (
                  <li key={i}>
                    <strong>{label("mark", m.kind)}</strong>
                    {m.location && ` · ${m.location}`}
                    {m.description && ` · ${m.description}`}
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          {d!.other_features && <Fact term={t("person.other_features")}>{d!.other_features}</Fact>}
        </dl>
      )}
    </section>
  );
}

function WatchButton({ person }: { person: Person }) {
  const watches = useLoad(() => api.watches(), [person.id]);
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const said = useSignal<string | null>(null);
  const watching = watches.data?.some((w) => w.subject.kind === "person" && w.subject.id === person.id);
  async function toggle() {
    busy.value = true;
    error.value = null;
    try {
      if (watching) {
        await api.unwatch({ kind: "person", id: person.id });
        said.value = t("watch.stopped");
      } else {
        await api.watch({ kind: "person", id: person.id });
        said.value = t("watch.watching");
      }
      watches.reload();
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
    }
  }
  if (!watches.data) return null;
  return (
    <div class="watch">
      <button
        type="button"
        class={watching ? "button" : "button button-primary"}
        aria-pressed={watching}
        disabled={busy.value}
        onClick={toggle}
      >
        {watching ? t("watch.unwatch") : t("watch.watch")}
      </button>
      {said.value && (
        <p class="hint" role="status">
          {said.value}
        </p>
      )}
      <ProblemNotice error={error.value} />
    </div>
  );
}

function ClusterPanel(props: {
  person: Person;
  cluster: Cluster | undefined;
  error: unknown;
  reload: () => void;
}) {
  const { person, cluster } = props;
  const analyst = roles.value.has("analyst");
  const busy = useSignal<string | null>(null);
  const error = useSignal<unknown>(null);
  const said = useSignal<string | null>(null);
  const nameOf = (id: string) => cluster?.members.find((m) => m.person === id);
  const show = (id: string) => {
    const m = nameOf(id);
    if (!m) return id;
    return id === person.id ? `${m.name} (${m.agency_code}, ${t("cluster.this")})` : `${m.name} (${m.agency_code})`;
  };
  async function decide(link: PersonLink, state: "confirmed" | "rejected") {
    const key = `${link.a}/${link.b}`;
    busy.value = key;
    error.value = null;
    said.value = null;
    try {
      await api.decideLink(link.a, link.b, state);
      const names = { a: show(link.a), b: show(link.b) };
      said.value = t(state === "confirmed" ? "cluster.confirmed" : "cluster.rejected", names);
      props.reload();
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = null;
    }
  }
  const others = cluster?.members.filter((m) => m.person !== person.id) ?? [];
  return (
    <section class="panel cluster" aria-labelledby="cluster-heading" aria-busy={!cluster && !props.error}>
      <h2 id="cluster-heading">{t("cluster.title")}</h2>
      <p class="hint">{t("cluster.intro")}</p>
      {!cluster && !props.error && <Loading />}
      <ProblemNotice error={props.error || error.value} />
      {said.value && (
        <p class="notice notice-success" role="status">
          {said.value}
        </p>
      )}
      {cluster && others.length === 0 && cluster.held_elsewhere.length === 0 && cluster.links.length === 0 && (
        <p>{t("cluster.none")}</p>
      )}
      {cluster && others.length > 0 && (
        <ul class="plain-list cluster-members">
          {others.map((m) => (
            <li key={m.person}>
              <Link href={`/persons/${m.person}`} lang={/[\u0900-\u097F]/.test(m.name) ? "hi" : undefined}>
                {m.name}
              </Link>{" "}
              <span class="muted">({m.agency_code})</span>
            </li>
          ))}
        </ul>
      )}
      {cluster && cluster.links.length > 0 && (
        <ul class="plain-list cluster-links">
          {cluster.links.map((link) => {
            const key = `${link.a}/${link.b}`;
            return (
              <li key={key} class={`link link-${link.state}`}>
                <div>
                  <strong>{t("cluster.pair", { a: show(link.a), b: show(link.b) })}</strong>{" "}
                  <span class={`chip link-state link-state-${link.state}`}>{label("link", link.state)}</span>
                </div>
                {link.reasons && (
                  <p class="hit-why">
                    <strong>{t("search.why")}:</strong> {link.reasons}
                  </p>
                )}
                {analyst && link.state !== "rejected" && (
                  <div class="row-actions">
                    {link.state === "suggested" && (
                      <button
                        type="button"
                        class="button"
                        disabled={busy.value === key}
                        onClick={() => decide(link, "confirmed")}
                      >
                        {t("cluster.confirm")}
                      </button>
                    )}
                    <button
                      type="button"
                      class="button button-danger"
                      disabled={busy.value === key}
                      onClick={() => decide(link, "rejected")}
                    >
                      {t("cluster.reject")}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {cluster && cluster.links.some((l) => l.state === "suggested") && !analyst && (
        <p class="hint">{t("cluster.analysts_decide")}</p>
      )}
      {cluster && <PointerHits pointers={cluster.held_elsewhere} message="cluster.held" nested />}
    </section>
  );
}

function History({ id, version }: { id: string; version: number }) {
  const versions = useLoad(() => api.personVersions(id), [id, version]);
  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("person.history")}</h2>
      {versions.loading && <Loading />}
      <ProblemNotice error={versions.error} />
      <ol class="versions" reversed>
        {versions.data
          ?.slice()
          .sort((a, b) => b.version - a.version)
          .map((v) => <VersionItem key={v.version} version={v} />)}
      </ol>
    </section>
  );
}

function VersionItem({ version }: { version: PersonVersion }) {
  const you = version.changed_by === me.value?.user.id;
  return (
    <li>
      <details>
        <summary>
          <strong>{t("person.version_n", { n: version.version })}</strong> · {formatTime(version.changed_at)}
          {you && ` · ${t("person.by_you")}`} · <span>{primaryName(version.names)}</span>
        </summary>
        <MarkingChips marking={version.marking} />
        <p>
          <OtherNames names={version.names} />
        </p>
        <p>
          <StatusChips person={version} />
        </p>
        {version.identifiers.length > 0 && (
          <p>{version.identifiers.map((i) => `${label("identifier", i.kind)}: ${i.canonical}`).join(" · ")}</p>
        )}
      </details>
    </li>
  );
}
