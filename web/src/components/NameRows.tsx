// The names of a register record as a form edits them: each in either script (the script is
// shown as it is read from the text), of a kind — the one primary name, aliases, nicknames.

import { label, t } from "../i18n";
import { blank, type NameRow } from "../register/personDraft";
import type { NameKind } from "../types";
import { RepeatedRows } from "./RepeatedRows";
import { RowField } from "./RowField";

const DEVANAGARI = /[\u0900-\u097F]/;

export function NameRows(props: {
  legend: string;
  rows: NameRow[];
  onChange: (rows: NameRow[]) => void;
  kinds: NameKind[];
  /** Prefix of the inputs' ids, unique on the screen. */
  id: string;
}) {
  const { rows, id } = props;
  return (
    <RepeatedRows
      legend={props.legend}
      noun={t("form.name_noun")}
      hint={t("form.names_hint")}
      rows={rows}
      onChange={props.onChange}
      blank={() => blank.name()}
      fixed={(row) => row === rows[0] && row.kind === "primary"}
      render={(row, change, i) => (
        <>
          <RowField for={`${id}-text-${i}`} label={label("name_kind", row.kind)} index={i} size="grow">
            <input
              id={`${id}-text-${i}`}
              required={i === 0}
              maxLength={200}
              lang={DEVANAGARI.test(row.text) ? "hi" : undefined}
              value={row.text}
              onInput={(e) => change({ text: e.currentTarget.value })}
            />
            {row.text.trim() && <p class="hint script-hint">{label("script", scriptOf(row.text))}</p>}
          </RowField>
          <RowField for={`${id}-kind-${i}`} label={t("form.name_kind")} index={i}>
            <select
              id={`${id}-kind-${i}`}
              value={row.kind}
              onChange={(e) => change({ kind: e.currentTarget.value as NameKind })}
            >
              {props.kinds.map((k) => (
                <option key={k} value={k}>
                  {label("name_kind", k)}
                </option>
              ))}
            </select>
          </RowField>
        </>
      )}
    />
  );
}

/** The script of a name as the server will read it. */
function scriptOf(text: string): "latin" | "devanagari" | "mixed" {
  const devanagari = DEVANAGARI.test(text);
  const latin = /[A-Za-z]/.test(text);
  return devanagari && latin ? "mixed" : devanagari ? "devanagari" : "latin";
}
