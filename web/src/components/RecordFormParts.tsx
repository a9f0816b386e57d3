// What every form that writes a marked record shares (documents, persons, organisations):
// loading the record being edited with the directory the marking picker needs, the refusal
// when it cannot be edited here, and the form's end — marking, problems, save and cancel.

import { useSignal, type Signal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { loadAgencies, loadGroups } from "../directory";
import { t } from "../i18n";
import { me } from "../session";
import type { Marking } from "../types";
import { Link, PageTitle, ProblemNotice } from "./common";
import { MarkingPicker, type MarkingDraft } from "./MarkingPicker";

export interface EditedRecord<T> {
  original: Signal<T | null>;
  loading: Signal<boolean>;
  error: Signal<unknown>;
}

/** Loads the record `id` names (none for a new one) and hands it to `fill` once. */
export function useEditedRecord<T>(
  id: string | undefined,
  load: (id: string) => Promise<T>,
  fill: (record: T) => void,
): EditedRecord<T> {
  const original = useSignal<T | null>(null);
  const loading = useSignal(true);
  const error = useSignal<unknown>(null);
  useEffect(() => {
    const existing = id ? load(id) : Promise.resolve(null);
    Promise.all([existing, loadAgencies(), loadGroups()]).then(
      ([record]) => {
        if (record) {
          original.value = record;
          fill(record);
        }
        loading.value = false;
      },
      (failure) => {
        error.value = failure;
        loading.value = false;
      },
    );
  }, [id]);
  return { original, loading, error };
}

/** Why the form cannot be shown: the record could not be read, or another agency holds it. */
export function editRefusal(props: {
  title: string;
  error: unknown;
  record: { marking: Marking } | null;
  notYours: string;
}): ComponentChildren {
  const foreign = props.record && props.record.marking.owner.agency !== me.value?.agency.id;
  if (!props.error && !foreign) return null;
  return (
    <>
      <PageTitle>{props.title}</PageTitle>
      {props.error ? (
        <ProblemNotice error={props.error} />
      ) : (
        <div class="notice notice-error" role="alert">
          {props.notYours}
        </div>
      )}
    </>
  );
}

/** Where the form came from, its title, and which version an edit changes. */
export function FormHead(props: { back: string; backText: string; title: string; version?: number }) {
  return (
    <>
      <p class="breadcrumb">
        <Link href={props.back}>{props.backText}</Link>
      </p>
      <PageTitle>{props.title}</PageTitle>
      {props.version !== undefined && (
        <p class="muted">{t("documents.editing_version", { n: props.version })}</p>
      )}
    </>
  );
}

/** The marking, what keeps the form from saving, and the buttons. */
export function MarkedFormEnd(props: {
  marking: Signal<MarkingDraft>;
  /** A message of the form itself (a marking missing its agencies, a refused field). */
  missing: string | null;
  error: unknown;
  busy: boolean;
  submit: string;
  back: string;
}) {
  return (
    <>
      <MarkingPicker draft={props.marking} />
      {props.missing && (
        <div class="notice notice-error" role="alert">
          {props.missing}
        </div>
      )}
      <ProblemNotice error={props.error} />
      <div class="actions">
        <button type="submit" class="button-primary" disabled={props.busy}>
          {props.submit}
        </button>
        <Link href={props.back} class="button">
          {t("common.cancel")}
        </Link>
      </div>
    </>
  );
}
