// The parts of the person form that say who he is: names (see NameRows),
// father's or husband's name, gender, date of birth or approximate age, identifiers (with the
// normalizer's refusal shown beside the row it concerns) and addresses.

import type { Signal } from "@preact/signals";
import { label, t } from "../i18n";
import type { PersonDraft } from "../register/personDraft";
import { blank } from "../register/personDraft";
import { IDENTIFIER_KINDS, type IdentifierKind } from "../types";
import { NameRows } from "./NameRows";
import { RepeatedRows } from "./RepeatedRows";
import { RowField } from "./RowField";

export function PersonIdentityFields({
  draft,
  refused,
}: {
  draft: Signal<PersonDraft>;
  /** The identifier row the server refused, and why. */
  refused: { index: number; message: string } | null;
}) {
  const d = draft.value;
  const set = (change: Partial<PersonDraft>) => (draft.value = { ...draft.value, ...change });
  return (
    <>
      <NameRows
        legend={t("form.names")}
        id="name"
        kinds={["primary", "alias", "nickname"]}
        rows={d.names}
        onChange={(names) => set({ names })}
      />

      <fieldset class="form-section">
        <legend>{t("form.identity")}</legend>
        <div class="field-row">
          <div class="field">
            <label for="person-relation">{t("form.relation")}</label>
            <select
              id="person-relation"
              value={d.relation}
              onChange={(e) => set({ relation: e.currentTarget.value as PersonDraft["relation"] })}
            >
              <option value="father">{t("form.relation_father")}</option>
              <option value="husband">{t("form.relation_husband")}</option>
            </select>
          </div>
          <div class="field grow">
            <label for="person-relative">{t("person.relative")}</label>
            <input
              id="person-relative"
              maxLength={200}
              value={d.relative}
              onInput={(e) => set({ relative: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="person-gender">{t("person.gender")}</label>
            <select
              id="person-gender"
              value={d.gender}
              onChange={(e) => set({ gender: e.currentTarget.value as PersonDraft["gender"] })}
            >
              <option value="">{t("form.unknown")}</option>
              {(["male", "female", "transgender"] as const).map((g) => (
                <option key={g} value={g}>
                  {label("gender", g)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="field-row">
          <div class="field">
            <label for="person-age-known">{t("person.age")}</label>
            <select
              id="person-age-known"
              value={d.age}
              onChange={(e) => set({ age: e.currentTarget.value as PersonDraft["age"] })}
            >
              <option value="unknown">{t("form.unknown")}</option>
              <option value="date_of_birth">{t("form.age_dob")}</option>
              <option value="approximate">{t("form.age_approx")}</option>
            </select>
          </div>
          {d.age === "date_of_birth" && (
            <div class="field">
              <label for="person-dob">{t("form.dob")}</label>
              <input
                id="person-dob"
                type="date"
                required
                value={d.dob}
                onInput={(e) => set({ dob: e.currentTarget.value })}
              />
            </div>
          )}
          {d.age === "approximate" && (
            <>
              <div class="field">
                <label for="person-years">{t("form.years")}</label>
                <input
                  id="person-years"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={120}
                  required
                  value={d.years}
                  onInput={(e) => set({ years: e.currentTarget.value })}
                />
              </div>
              <div class="field">
                <label for="person-as-of">{t("form.as_of")}</label>
                <input
                  id="person-as-of"
                  type="date"
                  required
                  value={d.asOf}
                  onInput={(e) => set({ asOf: e.currentTarget.value })}
                />
              </div>
            </>
          )}
        </div>
      </fieldset>

      <RepeatedRows
        legend={t("person.identifiers")}
        noun={t("form.identifier_noun")}
        hint={t("form.identifiers_hint")}
        rows={d.identifiers}
        onChange={(identifiers) => set({ identifiers })}
        blank={blank.identifier}
        render={(row, change, i) => {
          const error = refused?.index === i ? refused.message : null;
          return (
            <>
              <RowField for={`identifier-kind-${i}`} label={t("form.identifier_kind")} index={i}>
                <select
                  id={`identifier-kind-${i}`}
                  value={row.kind}
                  onChange={(e) => change({ kind: e.currentTarget.value as IdentifierKind })}
                >
                  {IDENTIFIER_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {label("identifier", k)}
                    </option>
                  ))}
                </select>
              </RowField>
              <RowField for={`identifier-value-${i}`} label={t("form.identifier_value")} index={i} size="grow">
                <input
                  id={`identifier-value-${i}`}
                  autoComplete="off"
                  spellcheck={false}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `identifier-error-${i}` : undefined}
                  value={row.value}
                  onInput={(e) => change({ value: e.currentTarget.value })}
                />
                {error && (
                  <p class="field-error" id={`identifier-error-${i}`}>
                    {error}
                  </p>
                )}
              </RowField>
            </>
          );
        }}
      />

      <RepeatedRows
        legend={t("person.addresses")}
        noun={t("form.address_noun")}
        rows={d.addresses}
        onChange={(addresses) => set({ addresses })}
        blank={blank.address}
        render={(row, change, i) => (
          <>
            <RowField for={`address-text-${i}`} label={t("form.address")} index={i} size="grow">
              <input
                id={`address-text-${i}`}
                required
                maxLength={500}
                value={row.text}
                onInput={(e) => change({ text: e.currentTarget.value })}
              />
            </RowField>
            <RowField for={`address-district-${i}`} label={t("search.district")} index={i}>
              <input
                id={`address-district-${i}`}
                maxLength={100}
                value={row.district}
                onInput={(e) => change({ district: e.currentTarget.value })}
              />
            </RowField>
            <RowField for={`address-lat-${i}`} label={t("units.lat")} index={i} size="narrow">
              <input
                id={`address-lat-${i}`}
                type="number"
                step="any"
                min={-90}
                max={90}
                value={row.lat}
                onInput={(e) => change({ lat: e.currentTarget.value })}
              />
            </RowField>
            <RowField for={`address-lon-${i}`} label={t("units.lon")} index={i} size="narrow">
              <input
                id={`address-lon-${i}`}
                type="number"
                step="any"
                min={-180}
                max={180}
                value={row.lon}
                onInput={(e) => change({ lon: e.currentTarget.value })}
              />
            </RowField>
          </>
        )}
      />
    </>
  );
}
