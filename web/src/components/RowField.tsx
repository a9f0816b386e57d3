// One labelled field of a repeated row: the visible label, and the row's number for screen
// readers and tests ("Declared by 2"), so like fields of different rows have distinct names.

import type { ComponentChildren } from "preact";

export function RowField(props: {
  /** The id of the input inside, which the label names. */
  for: string;
  label: string;
  index: number;
  size?: "grow" | "narrow";
  children: ComponentChildren;
}) {
  return (
    <div class={props.size ? `field ${props.size}` : "field"}>
      <label for={props.for}>
        {props.label}
        <span class="visually-hidden"> {props.index + 1}</span>
      </label>
      {props.children}
    </div>
  );
}
