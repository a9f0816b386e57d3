// One document: its marking as chips, who holds it, the text, and every earlier version. A
// document the user may not see answers "not found", or whom to contact when its holder
// allows a pointer; nothing of its content reaches the page.

import { api } from "../api";
import { RecordRefusal } from "../components/RecordRefusal";
import { Markdown } from "../components/Markdown";
import { ClassificationChip, MarkingChips } from "../components/Marking";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { agencyName, loadAgencies, loadGroups, loadUnits, unitName } from "../directory";
import { formatTime, label, t } from "../i18n";
import { me } from "../session";
import type { Document, DocumentVersion } from "../types";

export default function DocumentPage({ id }: { id: string }) {
  const loaded = useLoad(async () => {
    const document = await api.document(id);
    // Names for the chips and the holder; failures here only leave ids unnamed.
    await Promise.all([
      loadAgencies(),
      loadUnits(document.marking.owner.agency),
      loadGroups(),
    ]).catch(() => {});
    return document;
  }, [id]);

  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <RecordRefusal back="/documents" backText={t("documents.title")} error={loaded.error} />;
  const doc = loaded.data!;
  const mine = doc.marking.owner.agency === me.value?.agency.id;
  return (
    <article class="document">
      <p class="breadcrumb">
        <Link href="/documents">{t("documents.title")}</Link>
      </p>
      <div class="row-between">
        <PageTitle>
          <span lang={doc.language === "hindi" ? "hi" : undefined}>{doc.title}</span>
        </PageTitle>
        {mine && (
          <Link class="button" href={`/documents/${doc.id}/edit`}>
            {t("documents.edit")}
          </Link>
        )}
      </div>
      <MarkingChips marking={doc.marking} />
      <dl class="facts">
        <div>
          <dt>{t("documents.held_by")}</dt>
          <dd>
            {unitName(doc.marking.owner.unit)}
            {unitName(doc.marking.owner.unit) && ", "}
            {agencyName(doc.marking.owner.agency)}
          </dd>
        </div>
        <div>
          <dt>{t("documents.language")}</dt>
          <dd>{label("language", doc.language)}</dd>
        </div>
        <div>
          <dt>{t("documents.version")}</dt>
          <dd>{doc.version}</dd>
        </div>
        <div>
          <dt>{t("documents.created")}</dt>
          <dd>{formatTime(doc.created_at)}</dd>
        </div>
        <div>
          <dt>{t("documents.last_changed")}</dt>
          <dd>{formatTime(doc.updated_at)}</dd>
        </div>
        {doc.tags.length > 0 && (
          <div>
            <dt>{t("documents.tags")}</dt>
            <dd class="tags">
              {doc.tags.map((tag) => (
                <Link key={tag} class="tag" href={`/documents?tag=${encodeURIComponent(tag)}`}>
                  {tag}
                </Link>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <div class="document-body" lang={doc.language === "hindi" ? "hi" : undefined}>
        <Markdown source={doc.body} />
      </div>
      <History document={doc} />
    </article>
  );
}

function History({ document }: { document: Document }) {
  const versions = useLoad(() => api.documentVersions(document.id), [document.id, document.version]);
  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("documents.history")}</h2>
      {versions.loading && <Loading />}
      <ProblemNotice error={versions.error} />
      <ol class="versions" reversed>
        {versions.data?.map((v) => <VersionItem key={v.version} version={v} />)}
      </ol>
    </section>
  );
}

function VersionItem({ version }: { version: DocumentVersion }) {
  const you = version.changed_by === me.value?.user.id;
  return (
    <li>
      <details>
        <summary>
          <strong>{t("documents.version_n", { n: version.version })}</strong> ·{" "}
          {formatTime(version.changed_at)}
          {you && ` · ${t("documents.by_you")}`} ·{" "}
          <ClassificationChip value={version.marking.classification} />
          <span class="version-title"> {version.title}</span>
        </summary>
        <MarkingChips marking={version.marking} />
        <Markdown source={version.body} />
      </details>
    </li>
  );
}
