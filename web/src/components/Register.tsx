// Pieces of the register's screens: a person's names, status and threat chips, a result row,
// and pointers to records other agencies hold (shown apart, with nothing of their content).

import { formatDate, label, t } from "../i18n";
import type { Person, Pointer, RecordName, RegisterHit } from "../types";
import { Link } from "./common";
import { agencyCode, agencyName } from "../directory";

export function primaryName(names: RecordName[]): string {
  return (names.find((n) => n.kind === "primary") ?? names[0])?.text ?? "";
}

/** `lang="hi"` for Devanagari text, so it is read and drawn as Hindi. */
export function langOf(name: { script: string }): string | undefined {
  return name.script === "devanagari" ? "hi" : undefined;
}

/** The names besides the primary one: "@ Bhura", "उर्फ़ भूरा". */
export function OtherNames({ names }: { names: RecordName[] }) {
  const others = names.filter((n) => n.kind !== "primary");
  if (others.length === 0) return null;
  return (
    <span class="other-names">
      {others.map((n, i) => (
        <span key={i} lang={langOf(n)}>
          {n.kind === "alias" ? "@ " : "“"}
          {n.text}
          {n.kind === "nickname" ? "”" : ""}
        </span>
      ))}
    </span>
  );
}

export function StatusChips({ person }: { person: Pick<Person, "statuses" | "threat_level"> }) {
  return (
    <>
      {person.statuses.map((s, i) => (
        <span key={i} class={`chip status-chip status-${s.status}`}>
          {label("person_status", s.status)}
        </span>
      ))}
      {person.threat_level && (
        <span class={`chip threat-chip threat-${person.threat_level}`}>
          {label("threat", person.threat_level)}
        </span>
      )}
    </>
  );
}

export function relativeText(person: Person): string | null {
  if (!person.relative) return null;
  return t(person.relative.relation === "husband" ? "person.husband" : "person.father", {
    name: person.relative.name,
  });
}

/** One record found: its names, who holds it, its statuses, and why it matched. */
export function HitRow({ hit }: { hit: RegisterHit }) {
  const score = t("search.score", { score: Math.round(hit.score * 100) });
  if (hit.kind === "organisation") {
    const o = hit.organisation;
    const primary = o.names.find((n) => n.kind === "primary") ?? o.names[0];
    return (
      <li class="hit hit-organisation">
        <div class="hit-head">
          <Link href={`/organisations/${o.id}`} class="hit-name" lang={primary && langOf(primary)}>
            {primaryName(o.names)}
          </Link>
          <OtherNames names={o.names} />
        </div>
        <div class="doc-meta">
          <span class="chip">{label("org_kind", o.kind)}</span>
          <span title={agencyName(o.marking.owner.agency)}>{agencyCode(o.marking.owner.agency)}</span>
          <span>{score}</span>
        </div>
        {hit.reasons && (
          <p class="hit-why">
            <strong>{t("search.why")}:</strong> {hit.reasons}
          </p>
        )}
      </li>
    );
  }
  const p = hit.person;
  const primary = p.names.find((n) => n.kind === "primary") ?? p.names[0];
  const relative = relativeText(p);
  const districts = [...new Set(p.addresses.map((a) => a.district).filter(Boolean))];
  return (
    <li class="hit hit-person">
      <div class="hit-head">
        <Link href={`/persons/${p.id}`} class="hit-name" lang={primary && langOf(primary)}>
          {primaryName(p.names)}
        </Link>
        <OtherNames names={p.names} />
      </div>
      <div class="doc-meta">
        <span class="agency-code" title={agencyName(p.marking.owner.agency)}>
          {agencyCode(p.marking.owner.agency) || agencyName(p.marking.owner.agency)}
        </span>
        {relative && <span>{relative}</span>}
        {districts.length > 0 && <span>{districts.join(", ")}</span>}
        <StatusChips person={p} />
        <span>{score}</span>
      </div>
      {hit.reasons && (
        <p class="hit-why">
          <strong>{t("search.why")}:</strong> {hit.reasons}
        </p>
      )}
    </li>
  );
}

/** "Agency X holds a matching record — contact unit Y": nothing else about the record. */
export function PointerHits({ pointers, message = "search.pointer", nested = false, headingId }: {
  pointers: Pointer[];
  message?: "search.pointer" | "cluster.held";
  /** Inside another section: a lower heading. */
  nested?: boolean;
  /** When two lists show on one screen, each needs its own heading id. */
  headingId?: string;
}) {
  if (pointers.length === 0) return null;
  const id = headingId ?? (nested ? "held-elsewhere-heading" : "pointer-hits-heading");
  const Heading = nested ? "h3" : "h2";
  return (
    <section class="pointer-hits" aria-labelledby={id}>
      <Heading id={id}>{t("search.pointers_heading")}</Heading>
      <p class="hint">{t("search.pointer_hint")}</p>
      <ul>
        {pointers.map((p, i) => (
          <li key={i} class="pointer-hit">
            <span class="pointer-agency">{p.agency_code}</span>
            <span>{t(message, { agency: p.agency, unit: p.contact_unit })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function day(iso: string | null | undefined): string {
  return iso ? formatDate(iso) : "";
}
