import { listTimeZones } from '@rounds/shared';
import { useMemo, type SelectHTMLAttributes } from 'react';
import { timeZoneLabel } from '../lib/format';
import { SelectField, type SelectOption } from './fields';

let cachedOptions: SelectOption[] | undefined;

/** Every zone the browser knows, each labelled with its current UTC offset (computed once). */
function allTimeZoneOptions(): SelectOption[] {
  cachedOptions ??= listTimeZones().map((zone) => ({ value: zone, label: timeZoneLabel(zone) }));
  return cachedOptions;
}

interface TimeZoneFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
  label?: string;
}

/** A labelled picker of IANA time zones; keeps a saved zone the list lacks (an alias such as Asia/Calcutta). */
export function TimeZoneField({ value, onChange, error, label = 'Time zone', ...select }: TimeZoneFieldProps) {
  const options = useMemo(() => {
    const zones = allTimeZoneOptions();
    return zones.some((option) => option.value === value) ? zones : [{ value, label: timeZoneLabel(value) }, ...zones];
  }, [value]);
  return (
    <SelectField
      {...select}
      label={label}
      hint="Sessions are shown in this zone. The offset in brackets is today's."
      error={error}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={options}
    />
  );
}
