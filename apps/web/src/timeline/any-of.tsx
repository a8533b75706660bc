"use client";
// A filter menu whose first choice, "any", leaves the filter out of the query string. A client component only so
// that the RSC payload carries its choices as [id, label] pairs rather than one element per option (345 actors
// on the 10,000-article KB); it has no state or effects, and the server's HTML works without JavaScript.

export function AnyOf(props: {
  label: string;
  name: string;
  value: string | undefined;
  /** [id, label] pairs, in the order shown. */
  options: readonly (readonly [string, string])[];
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""}>
        <option value="">any</option>
        {props.options.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
