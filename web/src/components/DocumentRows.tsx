// A list of documents: title, holder, classification, last change.

import { agencyCode, agencyName } from "../directory";
import { formatDate, label, t } from "../i18n";
import type { Document, Pointer } from "../types";
import { Link } from "./common";
import { ClassificationChip } from "./Marking";

export function DocumentRows({ documents }: { documents: Document[] }) {
  return (
    <ul class="doc-list">
      {documents.map((doc) => (
        <li key={doc.id} class="doc-row">
          <Link href={`/documents/${doc.id}`} class="doc-title" lang={doc.language === "hindi" ? "hi" : undefined}>
            {doc.title}
          </Link>
          <div class="doc-meta">
            <ClassificationChip value={doc.marking.classification} />
            <span title={agencyName(doc.marking.owner.agency)}>
              {agencyCode(doc.marking.owner.agency)}
            </span>
            <span>{label("language", doc.language)}</span>
            <span>{t("documents.updated", { date: formatDate(doc.updated_at) })}</span>
            {doc.tags.length > 0 && (
              <span class="tags">
                <span class="visually-hidden">{t("documents.tags")}: </span>
                {doc.tags.map((tag) => (
                  <Link key={tag} class="tag" href={`/documents?tag=${encodeURIComponent(tag)}`}>
                    {tag}
                  </Link>
                ))}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** "Agency X holds a matching document — contact <unit>", one line per holder. */
export function PointerRows({ pointers }: { pointers: Pointer[] }) {
  if (pointers.length === 0) return null;
  return (
    <section class="pointers" aria-labelledby="pointers-heading">
      <h2 id="pointers-heading">{t("documents.pointers_heading")}</h2>
      <ul>
        {pointers.map((p, i) => (
          <li key={i} class="notice notice-warning">
            {t("documents.pointer", { agency: p.agency, unit: p.contact_unit })}
          </li>
        ))}
      </ul>
    </section>
  );
}
