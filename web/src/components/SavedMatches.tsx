// What matching found when the author saved a person: records the author may read that are
// (or may be) the same man, with the probability and why; and, for strong matches the author
// may not read, only the agency that holds one and the unit to contact (already told).

import { label, t } from "../i18n";
import type { PersonSaved } from "../types";
import { Link } from "./common";
import { PointerHits } from "./Register";

export function SavedMatches({ saved }: { saved: PersonSaved }) {
  const nothing = saved.matches.length === 0 && saved.held_elsewhere.length === 0;
  return (
    <section class="panel saved-matches" aria-labelledby="saved-heading">
      <h2 id="saved-heading">
        {t(saved.version === 1 ? "saved.created" : "saved.updated", { n: saved.version })}
      </h2>
      {nothing && <p role="status">{t("saved.no_matches")}</p>}
      {saved.matches.length > 0 && (
        <>
          <p role="status">
            {saved.matches.length === 1
              ? t("saved.matches_one")
              : t("saved.matches_intro", { count: saved.matches.length })}
          </p>
          <ul class="plain-list match-list">
            {saved.matches.map((m) => (
              <li key={m.person} class={`match match-${m.decision}`}>
                <div class="row-actions">
                  <Link href={`/persons/${m.person}`} lang={/[\u0900-\u097F]/.test(m.name) ? "hi" : undefined}>
                    {m.name}
                  </Link>
                  <span class="muted">({m.agency_code})</span>
                  <span class={`chip decision-${m.decision}`}>{label("decision", m.decision)}</span>
                  <span>{t("search.score", { score: Math.round(m.probability * 100) })}</span>
                </div>
                {m.reasons && (
                  <p class="hit-why">
                    <strong>{t("search.why")}:</strong> {m.reasons}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {saved.held_elsewhere.length > 0 && (
        <>
          <PointerHits pointers={saved.held_elsewhere} nested headingId="saved-held-heading" />
          <p class="hint">{t("saved.holders_told")}</p>
        </>
      )}
    </section>
  );
}
