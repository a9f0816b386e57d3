// The register's search: one box for a name in either script or an identifier in any format,
// optional filters, ranked results with why each matched, and — shown apart — pointers to
// matching records other agencies hold but do not share. The address holds the whole search,
// so a result can be bookmarked, shared or reopened with Back.

import { useEffect } from "preact/hooks";
import { api, type RegisterSearch } from "../api";
import { HitRow, PointerHits } from "../components/Register";
import { RegisterSearchForm } from "../components/RegisterSearchForm";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { agencies, loadAgencies } from "../directory";
import { label, t } from "../i18n";
import { href, navigate, place } from "../router";
import { isAnalyst } from "../session";
import { STATUS_KINDS, THREAT_LEVELS } from "../types";

const PER_PAGE = 20;
const FILTERS = ["kind", "status", "threat_level", "district", "agency"] as const;

export default function Search() {
  const query = place.value.query;
  const q = query.get("q") ?? "";
  const filters: Record<(typeof FILTERS)[number], string> = {
    kind: query.get("kind") ?? "",
    status: query.get("status") ?? "",
    threat_level: query.get("threat_level") ?? "",
    district: query.get("district") ?? "",
    agency: query.get("agency") ?? "",
  };
  const page = Math.max(1, Number(query.get("page")) || 1);
  const filtered = FILTERS.some((f) => filters[f] !== "");
  const asked = q.trim() !== "" || filtered;
  const result = useLoad(
    () =>
      asked
        ? api.searchRegister({ q, ...filters, page, per_page: PER_PAGE } as RegisterSearch)
        : Promise.resolve(null),
    [q, filters, page],
  );
  useEffect(() => {
    loadAgencies().catch(() => {});
  }, []);

  const go = (next: Record<string, string | number>) =>
    navigate(href("/search", { q, ...filters, ...next }));

  const data = result.data;
  return (
    <>
      <div class="row-between">
        <PageTitle>{t("search.title")}</PageTitle>
        {isAnalyst.value && (
          <div class="row-actions">
            <Link href="/persons/new" class="button">
              {t("form.new_person")}
            </Link>
            <Link href="/organisations/new" class="button">
              {t("form.new_organisation")}
            </Link>
          </div>
        )}
      </div>
      <RegisterSearchForm id="register-search" initial={q} onSearch={(text) => go({ q: text, page: "" })} />
      <details class="search-filters" open={filtered}>
        <summary>{t("search.filters")}</summary>
        {/* Uncontrolled, so a live update redrawing the screen keeps unsent choices; keyed by
            the address, so Back shows the filters asked for. */}
        <form
          class="filters"
          key={FILTERS.map((f) => filters[f]).join("/")}
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            const next: Record<string, string> = { page: "" };
            for (const f of FILTERS) next[f] = String(form.get(f) ?? "").trim();
            go(next);
          }}
        >
          <div class="field">
            <label for="filter-kind">{t("search.kind")}</label>
            <select id="filter-kind" name="kind">
              <option value="">{t("common.all")}</option>
              <option value="person" selected={filters.kind === "person"}>
                {t("search.kind_person")}
              </option>
              <option value="organisation" selected={filters.kind === "organisation"}>
                {t("search.kind_organisation")}
              </option>
            </select>
          </div>
          <div class="field">
            <label for="filter-status">{t("search.status")}</label>
            <select id="filter-status" name="status">
              <option value="">{t("common.all")}</option>
              {STATUS_KINDS.map((s) => (
                <option key={s} value={s} selected={filters.status === s}>
                  {label("person_status", s)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-threat">{t("search.threat")}</label>
            <select id="filter-threat" name="threat_level">
              <option value="">{t("common.all")}</option>
              {THREAT_LEVELS.map((s) => (
                <option key={s} value={s} selected={filters.threat_level === s}>
                  {label("threat", s)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-district">{t("search.district")}</label>
            <input id="filter-district" name="district" defaultValue={filters.district} />
          </div>
          <div class="field">
            <label for="filter-agency">{t("search.agency")}</label>
            <select id="filter-agency" name="agency">
              <option value="">{t("common.all")}</option>
              {[...agencies.value.values()].map((a) => (
                <option key={a.id} value={a.code} selected={filters.agency === a.code}>
                  {a.code} · {a.name}
                </option>
              ))}
            </select>
          </div>
          <div class="row-actions">
            <button type="submit" class="button">
              {t("search.apply")}
            </button>
            {filtered && (
              <Link class="button button-quiet" href={href("/search", { q })}>
                {t("search.clear")}
              </Link>
            )}
          </div>
        </form>
      </details>
      {!asked && <p class="hint">{t("search.intro")}</p>}
      <div aria-live="polite" aria-busy={result.loading}>
        {asked && result.loading && <Loading />}
        <ProblemNotice error={result.error} />
        {data && (
          <p class="muted results-count">
            {data.hits.length === 0 && data.pointers.length === 0
              ? t("search.no_match")
              : t("search.results", { page, count: data.hits.length + (data.has_more ? "+" : "") })}
          </p>
        )}
      </div>
      {data && <PointerHits pointers={data.pointers} />}
      {data && data.hits.length > 0 && (
        <ol class="hit-list" start={(page - 1) * PER_PAGE + 1}>
          {data.hits.map((hit) => (
            <HitRow key={hit.kind === "person" ? hit.person.id : hit.organisation.id} hit={hit} />
          ))}
        </ol>
      )}
      {data && (page > 1 || data.has_more) && (
        <nav class="pager" aria-label={t("common.pages")}>
          {page > 1 && (
            <Link class="button" href={href("/search", { q, ...filters, page: page - 1 })}>
              {t("common.previous")}
            </Link>
          )}
          {data.has_more && (
            <Link class="button" href={href("/search", { q, ...filters, page: page + 1 })}>
              {t("common.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
