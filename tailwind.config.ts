import type { Config } from 'tailwindcss';

/**
 * The theme, loaded by app/globals.css through `@config`. Colours are chosen
 * for at least 4.5:1 contrast on the paper background.
 */
const config = {
  theme: {
    extend: {
      colors: {
        paper: '#fbfaf7',
        ink: '#1c1b19',
        muted: '#57534e',
        rule: '#d6d3d1',
        accent: { DEFAULT: '#1d4ed8', strong: '#1e3a8a', soft: '#dbeafe' },
        right: { DEFAULT: '#166534', soft: '#dcfce7' },
        wrong: { DEFAULT: '#991b1b', soft: '#fee2e2' },
        partial: { DEFAULT: '#854d0e', soft: '#fef9c3' },
        evidence: '#fde68a',
      },
      fontFamily: {
        reading: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', 'serif'],
        ui: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      maxWidth: {
        measure: '68ch',
      },
    },
  },
} satisfies Omit<Config, 'content'>;

export default config;
