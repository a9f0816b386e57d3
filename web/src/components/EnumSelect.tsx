// A labelled select of one enum's values, each named from the catalog group of that enum
// (`label(group, value)`), optionally with a first choice for "not known".

import { label } from "../i18n";

export function EnumSelect<T extends string>(props: {
  id: string;
  text: string;
  group: string;
  values: readonly T[];
  value: T | "";
  onChange: (value: T) => void;
  /** The label of an empty first choice, when the value may be unknown. */
  unknown?: string;
  /** The row's number, for screen readers, in a repeated row. */
  row?: number;
}) {
  return (
    <div class="field">
      <label for={props.id}>
        {props.text}
        {props.row !== undefined && <span class="visually-hidden"> {props.row}</span>}
      </label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        {props.unknown !== undefined && <option value="">{props.unknown}</option>}
        {props.values.map((v) => (
          <option key={v} value={v}>
            {label(props.group, v)}
          </option>
        ))}
      </select>
    </div>
  );
}
