/** What the student is told, once, about their saved answers. */
export type StorageNotice =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  | { kind: 'unreadable'; count: number }
  | { kind: 'outdated'; count: number };

export function noticeText(notice: StorageNotice): string {
  const answers = (n: number) => (n === 1 ? '1 saved answer' : `${n} saved answers`);
  switch (notice.kind) {
    case 'unavailable':
      return 'This browser is not letting Close Reader save (private browsing, perhaps). You can answer everything, but your answers will be lost when you close this tab.';
    case 'full':
      return 'This browser’s storage is full, so your latest answers are not being saved. You can keep going, but they will be lost when you close this tab.';
    case 'unreadable':
      return `${answers(notice.count)} could not be read and ${notice.count === 1 ? 'was' : 'were'} cleared. Everything else you answered is still here.`;
    case 'outdated':
      return `Your teacher has changed this set since you started: ${answers(notice.count)} to changed questions ${notice.count === 1 ? 'was' : 'were'} cleared. Your other answers are kept.`;
  }
}
