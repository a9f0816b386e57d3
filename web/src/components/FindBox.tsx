// A small search inside a larger form (a gang for a person, records to link to an input):
// Enter or the button finds, and neither submits the surrounding form.

import type { Signal } from "@preact/signals";
import { t } from "../i18n";

export function FindBox(props: {
  q: Signal<string>;
  find: () => void;
  placeholder: string;
  /** The box's name: the id of a visible label, or a text of its own. */
  labelledBy?: string;
  label?: string;
}) {
  const { q, find } = props;
  return (
    <div class="search-row">
      <input
        type="search"
        aria-labelledby={props.labelledBy}
        aria-label={props.label}
        placeholder={props.placeholder}
        value={q.value}
        onInput={(e) => (q.value = e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            if (q.value.trim()) find();
          }
        }}
      />
      <button type="button" class="button" onClick={find} disabled={!q.value.trim()}>
        {t("form.gang_find")}
      </button>
    </div>
  );
}
