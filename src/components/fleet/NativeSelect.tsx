import * as React from 'react';
import { PF_FLEET_CLASSES as pf } from './patternflyFleetClasses';

/** A labelled native select in PatternFly's FormSelect markup, without the FormSelect module. */
export const NativeSelect = <V extends string>({
  label,
  value,
  options,
  onChange,
  dataTest,
}: {
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
  dataTest: string;
}): React.ReactElement => (
  <span className={pf.formControl}>
    <select
      aria-label={label}
      value={value}
      data-test={dataTest}
      onChange={(e) => onChange(e.target.value as V)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
    <span className={pf.formControlUtilities}>
      <span className={pf.formControlToggleIcon}>
        <svg viewBox="0 0 320 512" width="1em" height="1em" fill="currentColor" aria-hidden="true">
          <path d="M31.3 192h257.3c17.8 0 26.7 21.5 14.1 34.1L174.1 354.8c-7.8 7.8-20.5 7.8-28.3 0L17.2 226.1C4.6 213.5 13.5 192 31.3 192z" />
        </svg>
      </span>
    </span>
  </span>
);
