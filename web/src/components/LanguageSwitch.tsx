// English or Hindi: two buttons, each named in its own language.

import { lang, setLang, t } from "../i18n";

export function LanguageSwitch() {
  return (
    <div class="lang-switch" role="group" aria-label={t("shell.language")}>
      <button
        type="button"
        lang="en"
        aria-pressed={lang.value === "en"}
        onClick={() => setLang("en")}
      >
        English
      </button>
      <button
        type="button"
        lang="hi"
        aria-pressed={lang.value === "hi"}
        onClick={() => setLang("hi")}
      >
        हिन्दी
      </button>
    </div>
  );
}
