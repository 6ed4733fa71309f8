import { getLibrary, getLibraryPages } from '@/lib/library';
import { BrokenSets, LibraryView } from '@/components/library/library-view';

export default function LibraryHome() {
  const library = getLibrary();
  const pages = getLibraryPages(library);
  const broken = [...library.broken.keys()];
  return (
    <LibraryView shelves={pages[0] ?? []} page={1} pages={pages.length}>
      {broken.length > 0 && <BrokenSets ids={broken} />}
    </LibraryView>
  );
}
