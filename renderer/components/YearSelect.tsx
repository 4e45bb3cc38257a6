import { Select } from '@mantine/core';

/** The lists' "Năm" filter: one year, or every year (null). */
export function YearSelect({ years, value, onChange }: { years: readonly number[]; value: number | null; onChange: (year: number | null) => void }) {
  return (
    <Select
      label="Năm"
      w={160}
      value={value === null ? 'all' : String(value)}
      onChange={(v) => onChange(v && v !== 'all' ? Number(v) : null)}
      data={[{ value: 'all', label: 'Tất cả các năm' }, ...years.map((y) => ({ value: String(y), label: `Năm ${y}` }))]}
      allowDeselect={false}
    />
  );
}
