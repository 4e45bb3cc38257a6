import { Autocomplete, createTheme, MultiSelect, Select, TagsInput } from '@mantine/core';
import { foldedOptionsFilter } from '../components/folded-filter';

export const theme = createTheme({
  primaryColor: 'red',
  defaultRadius: 'sm',
  fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif' },
  // Every picker folds diacritics as search does.
  components: {
    Select: Select.extend({ defaultProps: { filter: foldedOptionsFilter } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { filter: foldedOptionsFilter } }),
    Autocomplete: Autocomplete.extend({ defaultProps: { filter: foldedOptionsFilter } }),
    TagsInput: TagsInput.extend({ defaultProps: { filter: foldedOptionsFilter } }),
  },
});
