import { Autocomplete, createTheme, type CSSVariablesResolver, Drawer, Modal, MultiSelect, Notification, PasswordInput, Select, TagsInput } from '@mantine/core';
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
    // Mantine's own buttons carry no name (or an English one); a screen reader says these.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Đóng' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Đóng' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Đóng thông báo' } },
      // Under a title Mantine writes the message in gray 6 (3.3:1); the message is what matters.
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
    PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Hiện hoặc ẩn mật khẩu' } } }),
  },
});

/**
 * One "ink" per colour for everything Mantine writes in it (filled buttons and badges with
 * white text, light variants on their tint, outline badges, c="red" text, links, the active
 * section): its shade 9, darkened until it reads at 4.8:1 on white and on the colour's tint
 * (WCAG AA asks 4.5:1). Mantine's own shade 6 gave about 3:1, too faint on the office's screens.
 */
const inks: Record<string, string> = {
  red: '#c12828',
  pink: '#a61e4d',
  grape: '#862e9c',
  violet: '#5f3dc4',
  indigo: '#364fc7',
  blue: '#1864ab',
  cyan: '#0b7082',
  teal: '#077554',
  green: '#257735',
  lime: '#4a760a',
  yellow: '#a15300',
  orange: '#b63c0d',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    // "dimmed" text: gray 6 was 3.3:1 on white.
    '--mantine-color-dimmed': '#5f666d',
    '--mantine-color-anchor': inks.red!,
    ...Object.fromEntries(
      Object.entries(inks).flatMap(([c, ink]) => [
        [`--mantine-color-${c}-filled`, ink],
        [`--mantine-color-${c}-filled-hover`, `color-mix(in srgb, ${ink} 85%, black)`],
        [`--mantine-color-${c}-light-color`, ink],
        [`--mantine-color-${c}-outline`, ink],
        [`--mantine-color-${c}-text`, ink],
      ]),
    ),
  },
  dark: {},
});
