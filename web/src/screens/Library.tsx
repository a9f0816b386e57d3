// The document library: newest first, searchable by title words in either script and by tag,
// a page at a time. Matches that other agencies hold but do not share show as pointers.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { api } from "../api";
import { DocumentRows, PointerRows } from "../components/DocumentRows";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { t } from "../i18n";
import { href, navigate, place } from "../router";

const PAGE = 20;

export default function Library() {
  const query = place.value.query;
  const q = query.get("q") ?? "";
  const tag = query.get("tag") ?? "";
  const page = Math.max(1, Number(query.get("page")) || 1);
  const offset = (page - 1) * PAGE;
  // One more than a page tells whether a next page exists.
  const result = useLoad(
    () => api.documents({ q, tag, limit: PAGE + 1, offset }),
    [q, tag, offset],
  );
  const draft = useSignal(q);
  useEffect(() => {
    draft.value = q;
  }, [q]);

  const documents = result.data?.documents.slice(0, PAGE) ?? [];
  const more = (result.data?.documents.length ?? 0) > PAGE;
  const searching = q !== "" || tag !== "";
  return (
    <>
      <div class="row-between">
        <PageTitle>{t("documents.title")}</PageTitle>
        <Link href="/documents/new" class="button button-primary">
          {t("documents.new")}
        </Link>
      </div>
      <form
        role="search"
        class="search-row"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href("/documents", { q: draft.value.trim(), tag }));
        }}
      >
        <label for="library-search" class="visually-hidden">
          {t("documents.search_label")}
        </label>
        <input
          id="library-search"
          type="search"
          placeholder={t("documents.search_placeholder")}
          value={draft.value}
          onInput={(e) => (draft.value = e.currentTarget.value)}
        />
        <button type="submit" class="button-primary">
          {t("documents.search")}
        </button>
      </form>
      {tag && (
        <p class="filter-line">
          {t("documents.tag_filter", { tag })}{" "}
          <Link href={href("/documents", { q })}>{t("documents.clear_tag")}</Link>
        </p>
      )}
      <div aria-live="polite" aria-busy={result.loading}>
        {result.loading && <Loading />}
        <ProblemNotice error={result.error} />
        {result.data && documents.length > 0 && (
          <p class="muted">
            {searching
              ? t("documents.results", { count: documents.length + (more ? "+" : "") })
              : t("documents.page", { page })}
          </p>
        )}
      </div>
      {result.data && <PointerRows pointers={result.data.pointers} />}
      {result.data && documents.length === 0 && (
        <p>{searching ? t("documents.no_match") : t("dashboard.no_documents")}</p>
      )}
      {documents.length > 0 && <DocumentRows documents={documents} />}
      <nav class="pager" aria-label={t("common.pages")}>
        {page > 1 && (
          <Link class="button" href={href("/documents", { q, tag, page: page - 1 })}>
            {t("common.previous")}
          </Link>
        )}
        {more && (
          <Link class="button" href={href("/documents", { q, tag, page: page + 1 })}>
            {t("common.next")}
          </Link>
        )}
      </nav>
    </>
  );
}
