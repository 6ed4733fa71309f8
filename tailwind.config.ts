import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';

import { lineSpacingHeight, textSizeScale } from './lib/reading-aids/settings';

/**
 * The theme, loaded by app/globals.css through `@config`. Every colour has a
 * light and a dark value; text keeps at least 4.5:1 contrast on each
 * background it is used on, in both themes (tests/unit/theme-contrast.test.ts).
 */
export const palettes = {
  light: {
    paper: '#fbfaf7',
    ink: '#1c1b19',
    muted: '#57534e',
    rule: '#d6d3d1',
    accent: '#1d4ed8',
    'accent-strong': '#1e3a8a',
    'accent-soft': '#dbeafe',
    correct: '#166534',
    'correct-soft': '#dcfce7',
    wrong: '#991b1b',
    'wrong-soft': '#fee2e2',
    partial: '#854d0e',
    'partial-soft': '#fef9c3',
    evidence: '#fde68a',
  },
  dark: {
    paper: '#181715',
    ink: '#ece9e4',
    muted: '#aca69f',
    rule: '#4a4641',
    accent: '#8ab4f8',
    'accent-strong': '#aecbfa',
    'accent-soft': '#1d3357',
    correct: '#7ee2a0',
    'correct-soft': '#12321f',
    wrong: '#ffa3a3',
    'wrong-soft': '#3d1717',
    partial: '#f5cf63',
    'partial-soft': '#362b0c',
    evidence: '#7a5c10',
  },
};

/**
 * In the dark theme Tailwind's white and light stone greys turn into the dark
 * surfaces they stand for (cards, header, the questions column, input and
 * progress tracks), so components keep one set of class names. Text set
 * `text-white` on an accent colour turns dark with them, as the accents turn light.
 */
export const darkSurfaces = {
  white: '#23221f',
  'stone-50': '#1e1d1b',
  'stone-100': '#2e2c29',
  'stone-200': '#44403c',
};

/** The typefaces: the standard pair, and Atkinson Hyperlegible Next (self-hosted, fetched only when chosen) for both. */
export const typefaces = {
  reading: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', 'serif'],
  ui: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
  legible: ['"Atkinson Hyperlegible Next"', 'system-ui', 'Arial', 'sans-serif'],
};

type Palette = typeof palettes.light;
const paletteVars = (palette: Palette) => Object.fromEntries(Object.entries(palette).map(([name, value]) => [`--cr-${name}`, value]));
const colour = (name: keyof Palette) => `var(--cr-${name})`;
const dark = {
  colorScheme: 'dark',
  ...paletteVars(palettes.dark),
  ...Object.fromEntries(Object.entries(darkSurfaces).map(([name, value]) => [`--color-${name}`, value])),
};

/**
 * The reading settings (lib/reading-aids/settings.ts), applied from the
 * attributes on <html>: the colours of the theme chosen (or the system's),
 * the typeface, the text size and the line spacing of running text.
 */
const readingSettings = plugin(({ addBase }) => {
  addBase({
    ':root': {
      colorScheme: 'light',
      ...paletteVars(palettes.light),
      '--cr-font-reading': typefaces.reading.join(', '),
      '--cr-font-ui': typefaces.ui.join(', '),
    },
    '@media (prefers-color-scheme: dark)': { ':root:not([data-theme="light"])': dark },
    ':root[data-theme="dark"]': dark,
    ':root[data-typeface="legible"]': {
      '--cr-font-reading': typefaces.legible.join(', '),
      '--cr-font-ui': typefaces.legible.join(', '),
    },
  });
  for (const [size, scale] of Object.entries(textSizeScale)) {
    // Larger text on a phone: a long word may break rather than widen the page.
    if (scale !== 1) addBase({ [`:root[data-text-size="${size}"]`]: { fontSize: `${scale * 100}%`, overflowWrap: 'anywhere' } });
  }
  for (const [spacing, height] of Object.entries(lineSpacingHeight)) {
    if (height === null) continue;
    // The theme's line heights for running text, raised; headings keep theirs.
    const raised = Object.fromEntries(['--leading-relaxed', '--text-xs--line-height', '--text-sm--line-height', '--text-base--line-height', '--text-lg--line-height'].map((name) => [name, String(height)]));
    addBase({ [`:root[data-line-spacing="${spacing}"]`]: { lineHeight: String(height), ...raised } });
  }
});

const config = {
  theme: {
    extend: {
      colors: {
        paper: colour('paper'),
        ink: colour('ink'),
        muted: colour('muted'),
        rule: colour('rule'),
        accent: { DEFAULT: colour('accent'), strong: colour('accent-strong'), soft: colour('accent-soft') },
        // Not "right": Tailwind would read text-right as text-align too.
        correct: { DEFAULT: colour('correct'), soft: colour('correct-soft') },
        wrong: { DEFAULT: colour('wrong'), soft: colour('wrong-soft') },
        partial: { DEFAULT: colour('partial'), soft: colour('partial-soft') },
        evidence: colour('evidence'),
      },
      fontFamily: {
        reading: 'var(--cr-font-reading)',
        ui: 'var(--cr-font-ui)',
      },
      maxWidth: {
        measure: '68ch',
      },
    },
  },
  plugins: [readingSettings],
} satisfies Omit<Config, 'content'>;

export default config;
