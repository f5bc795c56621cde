/**
 * Colour contrast by WCAG 2.2 (relative luminance, contrast ratio), and the
 * theme's colour variables derived from it: every text colour the theme hands
 * out reaches 4.5:1 on the background it is used on (success criterion 1.4.3,
 * level AA). The theme (theme.ts) uses these instead of per-component colours.
 */
import type { MantineColorsTuple } from '@mantine/core';

/** '#rgb' or '#rrggbb' → [r, g, b] (0–255). */
function rgb(hex: string): [number, number, number] {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const n = parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex = (c: readonly number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance of a '#rrggbb' colour. */
export function relativeLuminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` mixed with black by `amount` (0–1). */
export function shade(color: string, amount: number): string {
  return hex(rgb(color).map((v) => v * (1 - amount)));
}

/** Text on any of these backgrounds needs at least this ratio (AA is 4.5; a little margin for rounding). */
export const TEXT_CONTRAST = 4.6;

/** `color`, darkened in small steps until it reaches `ratio` against every background. */
export function readableOn(color: string, backgrounds: readonly string[], ratio = TEXT_CONTRAST): string {
  for (let amount = 0; amount <= 1; amount += 0.02) {
    const candidate = amount === 0 ? color : shade(color, amount);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return '#000000';
}

/** The lightest shade from index `from` on that reaches the ratio against the backgrounds, else the darkest one darkened. */
export function firstReadableShade(colors: MantineColorsTuple, backgrounds: readonly string[], from = 6): string {
  for (let i = from; i < colors.length; i++) {
    if (backgrounds.every((bg) => contrastRatio(colors[i]!, bg) >= TEXT_CONTRAST)) return colors[i]!;
  }
  return readableOn(colors[9], backgrounds);
}

const WHITE = '#ffffff';

/**
 * A palette colour whose dark shades are text colours: shade 8 readable on
 * white and the lightest grey, shade 9 also on the colour's own tints 0–2.
 * Screens that name a shade (c="yellow.9", `${color}.8`) get readable text too.
 */
export function readablePalette(colors: MantineColorsTuple, lightGrey: string): MantineColorsTuple {
  const s8 = readableOn(colors[8], [WHITE, lightGrey]);
  const s9 = readableOn(contrastRatio(s8, WHITE) > contrastRatio(colors[9], WHITE) ? s8 : colors[9], [
    colors[0],
    colors[1],
    colors[2],
    WHITE,
    lightGrey,
  ]);
  return [...colors.slice(0, 8), s8, s9] as unknown as MantineColorsTuple;
}

/**
 * The light-scheme variables of one theme colour, replacing Mantine's defaults:
 * filled (white text on it), text and outline (on white or the lightest grey),
 * light-color (text on the colour's own light tints 0–2, as in light badges and
 * the active navigation link, also while hovered).
 */
export function colorVariables(name: string, colors: MantineColorsTuple, lightGrey: string): Record<string, string> {
  const filled = firstReadableShade(colors, [WHITE, lightGrey]);
  return {
    [`--mantine-color-${name}-filled`]: filled,
    [`--mantine-color-${name}-filled-hover`]: shade(filled, 0.12),
    [`--mantine-color-${name}-text`]: filled,
    [`--mantine-color-${name}-outline`]: filled,
    [`--mantine-color-${name}-light-color`]: readableOn(colors[9], [colors[0], colors[1], colors[2], WHITE]),
  };
}
