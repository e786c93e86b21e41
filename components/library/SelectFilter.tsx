/**
 * One filter of a library list: a labelled choice among fixed values ("all / unread / read", a tag). The lists
 * put several in one row (`.filters`).
 */
export interface FilterChoice<V extends string> {
  value: V;
  label: string;
}

export interface SelectFilterProps<V extends string> {
  label: string;
  name: string;
  value: V;
  choices: readonly FilterChoice<V>[];
  onChange: (value: V) => void;
}

export function SelectFilter<V extends string>({ label, name, value, choices, onChange }: SelectFilterProps<V>) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
