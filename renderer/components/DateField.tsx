/**
 * Every date box of the app: shows and takes dd/mm/yyyy whatever the system's language
 * (a native date box follows it and reads 05/07/2026 as 7 May on an English Windows), with a
 * Vietnamese calendar to pick from. The value stays ISO ("2026-05-07"); "" when empty.
 */
import { DateInput, type DateInputProps } from '@mantine/dates';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { parseTypedDate, parseTypedTime } from './date-text';

export type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value: string | null;
  onChange: (iso: string) => void;
};

export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="ngày/tháng/năm"
      dateParser={(text) => parseTypedDate(text)}
      allowDeselect
      clearable={!rest.required}
      clearButtonProps={{ 'aria-label': 'Xóa ngày' }}
      popoverProps={{ withinPortal: true }}
      {...rest}
      value={value || null}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : '')}
    />
  );
}

export type TimeFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string | null;
  onChange: (time: string | null) => void;
};

/** A 24-hour time ("14:30"); "14h", "14h30", "1430" are read as such when the box is left. */
export function TimeField({ value, onChange, onBlur, error, ...rest }: TimeFieldProps) {
  const [text, setText] = useState(value ?? '');
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    setText((old) => (parseTypedTime(old) === (value ?? null) ? old : (value ?? '')));
  }, [value]);
  return (
    <TextInput
      placeholder="giờ:phút (24 giờ)"
      inputMode="numeric"
      {...rest}
      error={error ?? (unreadable ? 'Giờ chưa đúng: ghi giờ:phút theo 24 giờ, ví dụ 14:30' : undefined)}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        setUnreadable(false);
        if (next.trim() === '') onChange(null);
        else {
          const parsed = parseTypedTime(next);
          if (parsed) onChange(parsed);
        }
      }}
      onBlur={(e) => {
        const parsed = parseTypedTime(text);
        if (parsed) setText(parsed);
        else setUnreadable(text.trim() !== '');
        onBlur?.(e);
      }}
    />
  );
}
