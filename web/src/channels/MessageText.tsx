// A message's text with what it mentions made visible: identifiers found in the text (a vehicle
// number or phone number, however it was written) link to the register's search for them,
// @user and @unit mentions are highlighted, and persons linked to the message follow as links
// to their pages.

import type { ComponentChildren } from "preact";
import { Link } from "../components/common";
import { unitName } from "../directory";
import { t } from "../i18n";
import { href } from "../router";
import type { MessageMention } from "./api";

/** `@` followed by a user or unit name as the server recognises them. */
const AT = /@[\p{L}\p{N}._-]+/gu;

interface Span {
  start: number;
  end: number;
  node: ComponentChildren;
}

export function MessageText({ text, mentions }: { text: string; mentions: MessageMention[] }) {
  const spans: Span[] = [];
  for (const mention of mentions) {
    if (mention.kind !== "identifier" || !mention.written) continue;
    const start = text.indexOf(mention.written);
    if (start < 0 || spans.some((s) => start < s.end && start + mention.written.length > s.start)) continue;
    spans.push({
      start,
      end: start + mention.written.length,
      node: (
        <Link
          class="mention-entity"
          href={href("/search", { q: mention.identifier.canonical })}
          title={t("channels.mention_search", { value: mention.identifier.canonical })}
        >
          {mention.written}
        </Link>
      ),
    });
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(...highlightAt(text.slice(at, span.start)), span.node);
    at = span.end;
  }
  parts.push(...highlightAt(text.slice(at)));
  const persons = mentions.filter((m) => m.kind === "person");
  const unitsNamed = mentions.filter((m) => m.kind === "unit");
  return (
    <>
      <p class="message-text">{parts}</p>
      {(persons.length > 0 || unitsNamed.length > 0) && (
        <ul class="message-mentions" aria-label={t("channels.mentions")}>
          {persons.map((m) => (
            <li key={m.person}>
              <Link class="mention-entity" href={`/persons/${m.person}`}>
                {t("channels.mention_person")}
              </Link>
            </li>
          ))}
          {unitsNamed.map((m) => (
            <li key={m.unit}>
              <span class="mention-at">@{unitName(m.unit) || t("channels.unit")}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function highlightAt(text: string): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const found of text.matchAll(AT)) {
    const start = found.index ?? 0;
    parts.push(text.slice(at, start), <span class="mention-at">{found[0]}</span>);
    at = start + found[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}
