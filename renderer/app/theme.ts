/**
 * The Mantine theme. Accessibility lives here, not in the screens:
 * - contrast (WCAG 2.2 AA, 4.5:1 for text): the colour variables every
 *   component uses (filled, text, outline, light-color, dimmed, error,
 *   placeholder) are computed from the palette by contrast.ts, and the
 *   palette's dark shades 8 and 9 are made text-safe;
 * - a visible focus ring on every focusable element (a11y.css, :focus-visible);
 * - names for the icon-only buttons Mantine draws itself (dialog, notification
 *   and alert close buttons, pagination controls), translated.
 */
import {
  Alert,
  CloseButton,
  createTheme,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  Drawer,
  Menu,
  Modal,
  NavLink,
  Notification,
  Pagination,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
  type VariantColorsResolver,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { colorVariables, readableOn, readablePalette } from './contrast';
import './a11y.css';

/**
 * Filled components take the darkened '-filled' variable (white text, see
 * cssVariablesResolver). A component that asks for autoContrast on a light colour
 * (the yellow 'wacht op bespreking' badge) keeps the colour's own bright shade
 * with black text instead: a bright colour passes 7:1 with black.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const result = defaultVariantColorsResolver(input);
  const autoContrast = input.autoContrast ?? input.theme.autoContrast;
  if (input.variant !== 'filled' || !autoContrast || !input.color) return result;
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined || !parsed.isLight) return result;
  return {
    ...result,
    background: `var(--mantine-color-${parsed.color}-6)`,
    hover: `var(--mantine-color-${parsed.color}-7)`,
    color: 'var(--mantine-color-black)',
  };
};

const base = {
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  // The ring shows for keyboard focus (:focus-visible), on every Mantine component and, through a11y.css, on the rest.
  focusRing: 'auto',
  variantColorResolver,
} satisfies MantineThemeOverride;

/** Mantine's palette with text-safe dark shades (contrast.readablePalette). */
const lightGrey = DEFAULT_THEME.colors.gray[1];
const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, tuple]) => [name, readablePalette(tuple, lightGrey)]),
);

/** The theme with its translated labels; rebuilt when the language changes. */
export function createAppTheme(t: TFunction) {
  const close = { 'aria-label': t('common:close') };
  return createTheme({
    ...base,
    colors,
    components: {
      CloseButton: CloseButton.extend({ defaultProps: close }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: close } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: close } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: close } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: t('common:close') } }),
      // The invisible first-focus placeholder is a role="presentation" child of role="menu" (not allowed).
      Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
      // An active link's description is dimmed to 0.9 opacity by default, below 4.5:1 on the tint.
      NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }),
      Pagination: Pagination.extend({
        defaultProps: {
          getControlProps: (control) => ({ 'aria-label': t(`common:pagination.${control}`) }),
          getItemProps: (page) => ({ 'aria-label': t('common:pagination.page', { page }) }),
        },
      }),
    },
  });
}

/**
 * Light-scheme colour variables with enough contrast: per palette colour (see
 * contrast.colorVariables), and the shared text greys and the error red.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const palette = theme.colors as Record<string, MantineColorsTuple>;
  const light: Record<string, string> = {};
  for (const [name, tuple] of Object.entries(palette)) Object.assign(light, colorVariables(name, tuple, lightGrey));
  const dimmed = readableOn(palette.gray![6], ['#ffffff', lightGrey]);
  Object.assign(light, {
    '--mantine-color-dimmed': dimmed,
    '--mantine-color-placeholder': dimmed,
    '--mantine-color-error': light['--mantine-color-red-text']!,
    '--mantine-color-anchor': light[`--mantine-color-${theme.primaryColor}-text`]!,
  });
  return { variables: {}, light, dark: {} };
};
