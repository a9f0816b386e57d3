// The answer to the author's last person save, so the record's page can show what matching
// found (records that may be the same person, holders of hidden ones) right after saving.

import { signal } from "@preact/signals";
import type { PersonSaved } from "../types";

export const justSaved = signal<PersonSaved | null>(null);
