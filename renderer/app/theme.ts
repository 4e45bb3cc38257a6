import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'red',
  defaultRadius: 'sm',
  fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif' },
});
