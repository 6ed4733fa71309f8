import { ReadingSettingsPanel } from '@/components/reading-aids/reading-settings';

import { IntentLink } from './intent-link';

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-white">
      <div className="mx-auto flex h-12 max-w-7xl items-center px-4">
        <IntentLink href="/" className="font-reading text-lg font-bold tracking-tight text-ink no-underline hover:text-accent launched:hidden">
          Close Reader
        </IntentLink>
        {/* Inside a learning platform's frame the library is not a page to go to: the name stays, without its link. */}
        <span className="hidden font-reading text-lg font-bold tracking-tight text-ink launched:inline">Close Reader</span>
        <ReadingSettingsPanel />
      </div>
    </header>
  );
}
