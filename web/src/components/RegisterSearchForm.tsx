// The register's one search box (a name in either script, or an identifier in any format), as
// the dashboard and the search screen both show it. Kept apart from the rest of the register's
// pieces so the dashboard's first load stays small.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { t } from "../i18n";

export function RegisterSearchForm(props: {
  id: string;
  /** The text the box starts with (the search being shown). */
  initial?: string;
  onSearch: (text: string) => void;
}) {
  const draft = useSignal(props.initial ?? "");
  useEffect(() => {
    draft.value = props.initial ?? "";
  }, [props.initial]);
  return (
    <form
      role="search"
      class="search-row register-search"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSearch(draft.value.trim());
      }}
    >
      <label for={props.id} class="search-label">
        {t("search.label")}
      </label>
      <input
        id={props.id}
        type="search"
        autoComplete="off"
        autoCapitalize="off"
        spellcheck={false}
        enterKeyHint="search"
        placeholder={t("search.placeholder")}
        value={draft.value}
        onInput={(e) => (draft.value = e.currentTarget.value)}
      />
      <button type="submit" class="button-primary">
        {t("search.submit")}
      </button>
    </form>
  );
}
