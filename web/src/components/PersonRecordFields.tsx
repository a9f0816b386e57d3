// The parts of the person form that say what the police know of him: statuses with date and
// source, cases (FIR and sections), threat level, gang, physical description and notes.

import type { Signal } from "@preact/signals";
import { label, t } from "../i18n";
import type { PersonDraft } from "../register/personDraft";
import { blank } from "../register/personDraft";
import { STATUS_KINDS, THREAT_LEVELS, type StatusKind } from "../types";
import { EnumSelect } from "./EnumSelect";
import { GangPicker } from "./GangPicker";
import { RepeatedRows } from "./RepeatedRows";
import { RowField } from "./RowField";

const BUILDS = ["thin", "medium", "athletic", "heavy"];
const COMPLEXIONS = ["fair", "wheatish", "dusky", "dark"];
const MARKS = ["scar", "tattoo", "mole", "birthmark", "amputation", "other"];

export function PersonRecordFields({ draft }: { draft: Signal<PersonDraft> }) {
  const d = draft.value;
  const set = (change: Partial<PersonDraft>) => (draft.value = { ...draft.value, ...change });
  return (
    <>
      <RepeatedRows
        legend={t("person.statuses")}
        noun={t("form.status_noun")}
        rows={d.statuses}
        onChange={(statuses) => set({ statuses })}
        blank={blank.status}
        render={(row, change, i) => (
          <>
            <RowField for={`status-kind-${i}`} label={t("search.status")} index={i}>
              <select
                id={`status-kind-${i}`}
                value={row.status}
                onChange={(e) => change({ status: e.currentTarget.value as StatusKind })}
              >
                {STATUS_KINDS.map((s) => (
                  <option key={s} value={s}>
                    {label("person_status", s)}
                  </option>
                ))}
              </select>
            </RowField>
            <RowField for={`status-since-${i}`} label={t("form.since")} index={i}>
              <input
                id={`status-since-${i}`}
                type="date"
                value={row.since}
                onInput={(e) => change({ since: e.currentTarget.value })}
              />
            </RowField>
            <RowField for={`status-source-${i}`} label={t("form.source")} index={i} size="grow">
              <input
                id={`status-source-${i}`}
                required
                maxLength={200}
                placeholder={t("form.source_placeholder")}
                value={row.source}
                onInput={(e) => change({ source: e.currentTarget.value })}
              />
            </RowField>
            {row.status === "most_wanted" && (
              <RowField for={`status-reward-${i}`} label={t("form.reward")} index={i}>
                <input
                  id={`status-reward-${i}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  value={row.reward}
                  onInput={(e) => change({ reward: e.currentTarget.value })}
                />
              </RowField>
            )}
          </>
        )}
      />

      <RepeatedRows
        legend={t("person.cases")}
        noun={t("form.case_noun")}
        rows={d.cases}
        onChange={(cases) => set({ cases })}
        blank={blank.case}
        render={(row, change, i) => (
          <>
            <RowField for={`case-station-${i}`} label={t("form.police_station")} index={i} size="grow">
              <input
                id={`case-station-${i}`}
                required
                maxLength={200}
                value={row.police_station}
                onInput={(e) => change({ police_station: e.currentTarget.value })}
              />
            </RowField>
            <RowField for={`case-fir-${i}`} label={t("form.fir_number")} index={i} size="narrow">
              <input
                id={`case-fir-${i}`}
                required
                maxLength={40}
                value={row.fir_number}
                onInput={(e) => change({ fir_number: e.currentTarget.value })}
              />
            </RowField>
            <RowField for={`case-year-${i}`} label={t("form.fir_year")} index={i} size="narrow">
              <input
                id={`case-year-${i}`}
                type="number"
                inputMode="numeric"
                required
                min={1860}
                value={row.fir_year}
                onInput={(e) => change({ fir_year: e.currentTarget.value })}
              />
            </RowField>
            <RowField for={`case-sections-${i}`} label={t("form.sections")} index={i} size="grow">
              <input
                id={`case-sections-${i}`}
                placeholder="BNS 103, Arms Act 25"
                value={row.sections}
                onInput={(e) => change({ sections: e.currentTarget.value })}
              />
            </RowField>
          </>
        )}
      />

      <fieldset class="form-section">
        <legend>{t("form.threat_and_gang")}</legend>
        <div class="field-row">
          <div class="field">
            <label for="person-threat">{t("person.threat")}</label>
            <select
              id="person-threat"
              value={d.threat}
              onChange={(e) => set({ threat: e.currentTarget.value as PersonDraft["threat"] })}
            >
              <option value="">{t("form.not_assessed")}</option>
              {THREAT_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {label("threat", level)}
                </option>
              ))}
            </select>
          </div>
          <GangPicker value={d.gang} onChange={(gang) => set({ gang })} />
        </div>
      </fieldset>

      <fieldset class="form-section">
        <legend>{t("person.description")}</legend>
        <div class="field-row">
          <div class="field narrow">
            <label for="person-height">{t("form.height_cm")}</label>
            <input
              id="person-height"
              type="number"
              inputMode="numeric"
              min={50}
              max={250}
              value={d.height}
              onInput={(e) => set({ height: e.currentTarget.value })}
            />
          </div>
          <EnumSelect id="person-build" text={t("person.build")} group="build" values={BUILDS}
            value={d.build} unknown={t("form.unknown")} onChange={(build) => set({ build })} />
          <EnumSelect id="person-complexion" text={t("person.complexion")} group="complexion"
            values={COMPLEXIONS} value={d.complexion} unknown={t("form.unknown")}
            onChange={(complexion) => set({ complexion })} />
        </div>
        <RepeatedRows
          legend={t("person.marks")}
          noun={t("form.mark_noun")}
          rows={d.marks}
          onChange={(marks) => set({ marks })}
          blank={blank.mark}
          render={(row, change, i) => (
            <>
              <EnumSelect id={`mark-kind-${i}`} text={t("organisation.kind")} row={i + 1}
                group="mark" values={MARKS} value={row.kind} onChange={(kind) => change({ kind })} />
              <RowField for={`mark-location-${i}`} label={t("form.mark_location")} index={i}>
                <input
                  id={`mark-location-${i}`}
                  maxLength={200}
                  value={row.location}
                  onInput={(e) => change({ location: e.currentTarget.value })}
                />
              </RowField>
              <RowField for={`mark-description-${i}`} label={t("form.mark_description")} index={i} size="grow">
                <input
                  id={`mark-description-${i}`}
                  maxLength={500}
                  value={row.description}
                  onInput={(e) => change({ description: e.currentTarget.value })}
                />
              </RowField>
            </>
          )}
        />
        <div class="field">
          <label for="person-features">{t("person.other_features")}</label>
          <input
            id="person-features"
            maxLength={1000}
            value={d.otherFeatures}
            onInput={(e) => set({ otherFeatures: e.currentTarget.value })}
          />
        </div>
      </fieldset>

      <div class="field">
        <label for="person-notes">{t("person.notes")}</label>
        <textarea
          id="person-notes"
          rows={5}
          value={d.notes}
          onInput={(e) => set({ notes: e.currentTarget.value })}
        />
      </div>
    </>
  );
}
