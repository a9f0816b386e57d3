// A list of like rows in a form (names, identifiers, addresses, …): each row with its own
// fields and a button that removes it, and one button that adds a blank row.

import type { ComponentChildren } from "preact";
import { t } from "../i18n";

export function RepeatedRows<T>(props: {
  /** The heading of the group, e.g. "Identifiers". */
  legend: string;
  /** What one row is called, for the buttons: "identifier". */
  noun: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  /** The fields of row `index`; `set` merges a change into it. */
  render: (row: T, set: (change: Partial<T>) => void, index: number) => ComponentChildren;
  /** Rows that may not be removed (the primary name). */
  fixed?: (row: T) => boolean;
  hint?: string;
  class?: string;
}) {
  const { rows, onChange } = props;
  const set = (index: number) => (change: Partial<T>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset class={`repeated ${props.class ?? ""}`}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      {rows.length > 0 && (
        <ol class="repeated-rows">
          {rows.map((row, index) => (
            <li key={index} class="repeated-row">
              <div class="repeated-fields">{props.render(row, set(index), index)}</div>
              {!props.fixed?.(row) && (
                <button
                  type="button"
                  class="button button-quiet remove-row"
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  {t("form.remove")}
                  <span class="visually-hidden">
                    {" "}
                    {props.noun} {index + 1}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <button type="button" class="button add-row" onClick={() => onChange([...rows, props.blank()])}>
        {t("form.add", { what: props.noun })}
      </button>
    </fieldset>
  );
}
