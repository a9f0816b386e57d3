// Compliance: over a period, per agency or per unit, how many inputs were received, the share
// acknowledged within the deadline (a bar chart), how long acknowledgement took, overdue now,
// "cannot act" and actions reported; and the on-time share week by week (a line). What the
// user may count is decided by the server: a supervisor's own units, an issuer's recipients.

import { BarChart } from "../components/charts/BarChart";
import { TrendChart } from "../components/charts/TrendChart";
import { Cell, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { formatDate, t } from "../i18n";
import { inputsApi, type ComplianceCounts } from "../inputs/api";
import { href, navigate, place } from "../router";
import "../inputs/inputs.css";

const DAY = 86_400_000;
/** A 12-week default: enough weeks for a trend. */
const DEFAULT_WEEKS = 12;

type Group = ComplianceCounts & { id: string; name: string };

export default function Compliance() {
  const query = place.value.query;
  const to = query.get("to") ?? day(Date.now());
  const from = query.get("from") ?? day(Date.now() - DEFAULT_WEEKS * 7 * DAY);
  const by = query.get("by") === "unit" ? "unit" : "agency";
  // `to` is exclusive on the server: the whole last day counts.
  const report = useLoad(
    () => inputsApi.compliance(`${from}T00:00:00Z`, new Date(Date.parse(`${to}T00:00:00Z`) + DAY).toISOString()),
    [from, to],
  );
  const data = report.data;
  const groups: Group[] = !data
    ? []
    : by === "unit"
      ? data.units.map((u) => ({ ...u, id: u.unit, name: `${u.unit_name} (${u.agency_code})` }))
      : data.agencies.map((a) => ({ ...a, id: a.agency, name: a.agency_code }));
  return (
    <>
      <PageTitle>{t("compliance.title")}</PageTitle>
      <p class="hint">{t("compliance.intro")}</p>
      {/* Uncontrolled, so a live update re-drawing the screen keeps an unsent choice; keyed
          by the address, so Back shows the period asked for. */}
      <form
        class="filters"
        key={`${from}/${to}/${by}`}
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          navigate(href("/compliance", {
            from: String(form.get("from")),
            to: String(form.get("to")),
            by: String(form.get("by")),
          }));
        }}
      >
        <div class="field">
          <label for="compliance-from">{t("compliance.from")}</label>
          <input id="compliance-from" name="from" type="date" defaultValue={from} />
        </div>
        <div class="field">
          <label for="compliance-to">{t("compliance.to")}</label>
          <input id="compliance-to" name="to" type="date" defaultValue={to} />
        </div>
        <div class="field">
          <label for="compliance-by">{t("compliance.by")}</label>
          <select id="compliance-by" name="by">
            <option value="agency" selected={by === "agency"}>
              {t("compliance.by_agency")}
            </option>
            <option value="unit" selected={by === "unit"}>
              {t("compliance.by_unit")}
            </option>
          </select>
        </div>
        <div class="row-actions">
          <button type="submit" class="button">
            {t("compliance.show")}
          </button>
        </div>
      </form>
      <ProblemNotice error={report.error} />
      {report.loading && !data && <Loading />}
      {data && (
        <div class="compliance" aria-busy={report.loading}>
          <BarChart
            title={t("compliance.on_time_chart")}
            none={t("compliance.none")}
            bars={groups.map((g) => ({
              label: g.name,
              percent: g.acknowledged_in_time_percent,
              detail: `${g.acknowledged_in_time} / ${g.received}`,
            }))}
          />
          <TrendChart
            title={t("compliance.trend_chart")}
            none={t("compliance.none")}
            points={data.weeks.map((w) => ({
              label: formatDate(w.week_start).replace(/,? \d{4}$/, ""),
              percent: w.acknowledged_in_time_percent,
            }))}
          />
          <div class="table-scroll">
          <table class="cards compliance-table">
            <caption>{t("compliance.table")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("compliance.name")}</th>
                <th scope="col">{t("compliance.received")}</th>
                <th scope="col">{t("compliance.on_time")}</th>
                <th scope="col">{t("compliance.median")}</th>
                <th scope="col">{t("compliance.p90")}</th>
                <th scope="col">{t("compliance.overdue")}</th>
                <th scope="col">{t("compliance.flagged")}</th>
                <th scope="col">{t("compliance.reported")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.id}>
                  <Cell label={t("compliance.name")}>{g.name}</Cell>
                  <Cell label={t("compliance.received")}>{g.received}</Cell>
                  <Cell label={t("compliance.on_time")}>
                    {g.acknowledged_in_time_percent === null ? "—" : `${Math.round(g.acknowledged_in_time_percent)} %`}
                  </Cell>
                  <Cell label={t("compliance.median")}>{minutes(g.median_seconds_to_acknowledge)}</Cell>
                  <Cell label={t("compliance.p90")}>{minutes(g.p90_seconds_to_acknowledge)}</Cell>
                  <Cell label={t("compliance.overdue")}>{g.overdue_now}</Cell>
                  <Cell label={t("compliance.flagged")}>{g.flagged}</Cell>
                  <Cell label={t("compliance.reported")}>{g.actions_reported}</Cell>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </div>
      )}
    </>
  );
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function minutes(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
