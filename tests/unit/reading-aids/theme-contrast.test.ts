import { describe, expect, it } from 'vitest';

import { darkSurfaces, palettes } from '@/tailwind.config';

import { contrastRatio, over } from '../support/contrast';

/** The colours of each theme by the name components use: the palette, and Tailwind's white and stone greys. */
const themes = {
  light: { ...palettes.light, white: '#ffffff', 'stone-50': '#fafaf9', 'stone-100': '#f5f5f4' },
  dark: { ...palettes.dark, ...darkSurfaces },
};
type Colour = keyof typeof themes.light;

/** The backgrounds text is set on: the page, cards and panels, the questions column, question cards, tints and the highlights. */
const backgrounds = ['paper', 'white', 'stone-50', 'card', 'accent-soft', 'correct-soft', 'wrong-soft', 'partial-soft'] as const;

/** Every pair of text and background colour the app uses (beyond the plain ones above, checked for ink, muted and accent). */
const pairs: [string, Colour | 'card', Colour | 'card'][] = [
  ...(['ink', 'muted', 'accent', 'accent-strong'] as const).flatMap((text) => backgrounds.map((bg) => [`${text} text`, text, bg] as [string, Colour, Colour | 'card'])),
  ['a verdict: right', 'correct', 'correct-soft'],
  ['a verdict: wrong', 'wrong', 'wrong-soft'],
  ['a verdict: partly right', 'partial', 'partial-soft'],
  ['an error message', 'wrong', 'wrong-soft'],
  ['the evidence highlight', 'ink', 'evidence'],
  ['a primary button', 'white', 'accent'],
  ['a primary button, hovered', 'white', 'accent-strong'],
  ['the confirm button of an erase', 'white', 'wrong'],
  ['a disabled text box', 'ink', 'stone-100'],
];

describe.each(Object.entries(themes))('the %s theme', (_, theme) => {
  const colour = (name: Colour | 'card') => (name === 'card' ? over(theme.white, 0.6, theme['stone-50']) : theme[name]);
  it.each(pairs)('%s (%s on %s) has at least 4.5:1 contrast', (__, text, background) => {
    expect(contrastRatio(colour(text), colour(background))).toBeGreaterThanOrEqual(4.5);
  });
});
