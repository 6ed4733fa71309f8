import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { readingSettingsScript } from '@/lib/reading-aids';
import { SiteHeader } from '@/components/site/site-header';

import { palettes } from '../tailwind.config';

import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Close Reader', template: '%s · Close Reader' },
  description: 'Read a news article beside comprehension questions that check who said what, when things happened and what the article claims.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: palettes.light.paper },
    { media: '(prefers-color-scheme: dark)', color: palettes.dark.paper },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets the reading settings' attributes on <html> before the body paints; React leaves them be.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: readingSettingsScript() }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader />
        <div id="main" className="flex min-h-0 flex-1 flex-col">
          {children}
        </div>
      </body>
    </html>
  );
}
