// What a record's page shows instead of the record: "not found" (it does not exist, or the
// viewer may not know of it — the same answer), "held by another agency" with whom to contact,
// or another problem; with the way back.

import { ApiError } from "../api";
import { t } from "../i18n";
import { Link, PageTitle, ProblemNotice } from "./common";

export function RecordRefusal({ error, back, backText }: { error: unknown; back: string; backText: string }) {
  const held = error instanceof ApiError && error.kind === "held-by-another-agency";
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <>
      <p class="breadcrumb">
        <Link href={back}>{backText}</Link>
      </p>
      <PageTitle>
        {held ? t("problem.held_title") : missing ? t("problem.not_found_title") : t("problem.title")}
      </PageTitle>
      <ProblemNotice error={error} />
    </>
  );
}
