/**
 * The theme's colours reach WCAG 2.2 AA (4.5:1 for text) where they are used:
 * white on every filled colour, coloured text on white and the lightest grey,
 * light-variant text on its own tints, the dimmed grey, the error red, and the
 * named text shades 8 and 9 of the palette.
 */
import { DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../renderer/app/contrast';
import { createAppTheme, cssVariablesResolver } from '../../../renderer/app/theme';

const theme = { ...DEFAULT_THEME, ...createAppTheme(((k: string) => k) as never) } as typeof DEFAULT_THEME;
const colors = theme.colors as Record<string, MantineColorsTuple>;
const light = cssVariablesResolver(theme).light as Record<string, string>;
const WHITE = '#ffffff';
const GREY = DEFAULT_THEME.colors.gray[1];

describe('theme contrast', () => {
  it('Mantine defaults fail, so this test can fail (teal filled 2.55:1, dimmed 3.32:1)', () => {
    expect(contrastRatio(DEFAULT_THEME.colors.teal[6], WHITE)).toBeLessThan(3);
    expect(contrastRatio(DEFAULT_THEME.colors.gray[6], WHITE)).toBeLessThan(4.5);
  });

  for (const name of Object.keys(DEFAULT_THEME.colors)) {
    it(`${name}: filled, text, light-color and shades 8–9 reach 4.5:1`, () => {
      const v = (k: string) => light[`--mantine-color-${name}-${k}`]!;
      expect(contrastRatio(v('filled'), WHITE)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(v('text'), WHITE)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(v('text'), GREY)).toBeGreaterThanOrEqual(4.5);
      for (const bg of [colors[name]![0], colors[name]![1], colors[name]![2]]) {
        expect(contrastRatio(v('light-color'), bg)).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(colors[name]![8], WHITE)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colors[name]![9], WHITE)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('dimmed, placeholder and error text reach 4.5:1 on white and light grey', () => {
    for (const k of ['--mantine-color-dimmed', '--mantine-color-placeholder', '--mantine-color-error']) {
      expect(contrastRatio(light[k]!, WHITE), k).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(light[k]!, GREY), k).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the primary colour is teal and its filled shade is darker than Mantine’s', () => {
    expect(theme.primaryColor).toBe('teal');
    expect(contrastRatio(light['--mantine-color-teal-filled']!, WHITE)).toBeGreaterThan(4.5);
  });
});
