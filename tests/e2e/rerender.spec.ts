import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/**
 * Proves the promise in QuestionAnswer and STYLE.md: choosing an answer
 * re-renders that one question, not the other 41. A development build of
 * React reports every commit to the React DevTools hook; a minimal hook
 * installed before React loads records which function components actually
 * rendered, by the rule React DevTools uses for its "highlight updates".
 */

const DEV = `http://127.0.0.1:${Number(process.env.E2E_DEV_PORT ?? 3101)}`;
const SET = 'xi-jinping-in-russia';
const QUESTIONS = 42;

interface Rendered {
  commit: number;
  name: string;
  /** The `question` prop's id, for QuestionAnswer and the components inside it. */
  question?: string;
  /** The `id` prop, for components named by one. */
  id?: string;
}

interface RenderLog {
  commits: number;
  rendered: Rendered[];
  clear(): void;
  /** How many fibers of a component are in the committed trees now. */
  mounted(name: string): number;
}

type LoggedWindow = Window & { __renderLog?: RenderLog };

/** Runs in the page before any script: a React DevTools hook that only logs renders. */
function installRenderLog() {
  interface Fiber {
    tag: number;
    type: unknown;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
    memoizedProps: unknown;
  }
  interface FiberRoot {
    current: Fiber;
  }
  // FunctionComponent, ForwardRef, MemoComponent, SimpleMemoComponent (react-reconciler's ReactWorkTags).
  const FUNCTION_TAGS = new Set([0, 11, 14, 15]);
  // react-reconciler's ReactFiberFlags: set on a fiber whose component function ran in this render.
  const PERFORMED_WORK = 1;

  const nameOf = (type: unknown): string => {
    if (typeof type === 'function') return (type as { displayName?: string }).displayName ?? type.name;
    if (typeof type === 'object' && type !== null) {
      const inner = type as { displayName?: string; render?: unknown; type?: unknown };
      if (inner.displayName) return inner.displayName;
      if (inner.render) return nameOf(inner.render);
      if (inner.type) return nameOf(inner.type);
    }
    return 'Anonymous';
  };
  const questionOf = (props: unknown): string | undefined => {
    const question = (props as { question?: { id?: unknown } } | null)?.question;
    return typeof question?.id === 'string' ? question.id : undefined;
  };

  const roots = new Set<FiberRoot>();
  const log: RenderLog = {
    commits: 0,
    rendered: [],
    clear() {
      log.rendered = [];
    },
    mounted(name) {
      let count = 0;
      const stack: Fiber[] = [...roots].map((root) => root.current);
      while (stack.length > 0) {
        const fiber = stack.pop() as Fiber;
        if (FUNCTION_TAGS.has(fiber.tag) && nameOf(fiber.type) === name) count++;
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      return count;
    },
  };

  /**
   * Walks only what this commit touched, as React DevTools does: a subtree
   * whose child list is the very same as before was skipped (its fibers keep
   * stale flags from their last render); a fiber without alternate mounted.
   */
  const walk = (first: Fiber | null, mounting: boolean, commit: number) => {
    for (let fiber = first; fiber; fiber = fiber.sibling) {
      const previous = fiber.alternate;
      const mount = mounting || previous === null;
      if (FUNCTION_TAGS.has(fiber.tag) && (mount || (fiber.flags & PERFORMED_WORK) !== 0)) {
        const id = (fiber.memoizedProps as { id?: unknown } | null)?.id;
        log.rendered.push({ commit, name: nameOf(fiber.type), question: questionOf(fiber.memoizedProps), id: typeof id === 'string' ? id : undefined });
      }
      if (mount) walk(fiber.child, true, commit);
      else if (previous && fiber.child !== previous.child) walk(fiber.child, false, commit);
    }
  };

  Object.defineProperty(window, '__renderLog', { value: log });
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    configurable: true,
    writable: true,
    value: {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject() {
        return 1;
      },
      checkDCE() {},
      onCommitFiberUnmount() {},
      onCommitFiberRoot(_id: number, root: FiberRoot) {
        roots.add(root);
        log.commits++;
        walk(root.current, false, log.commits);
      },
    },
  });
}

const renderLog = (page: Page) =>
  page.evaluate(() => {
    const log = (window as LoggedWindow).__renderLog;
    return { commits: log?.commits ?? 0, rendered: log?.rendered ?? [] };
  });

/** Waits for the commit an action causes, then for anything it sets off, and returns what rendered. */
async function rendersOf(page: Page, action: () => Promise<void>): Promise<Rendered[]> {
  const before = (await renderLog(page)).commits;
  await page.evaluate(() => (window as LoggedWindow).__renderLog?.clear());
  await action();
  await expect.poll(async () => (await renderLog(page)).commits, { message: 'React committed the change' }).toBeGreaterThan(before);
  // Effects of the commit (saving, focus, progress) get two frames and a moment to cause any further commit.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
  return (await renderLog(page)).rendered;
}

const cardsIn = (rendered: Rendered[]) => rendered.filter((r) => r.name === 'QuestionAnswer').map((r) => r.question);

test.describe('re-rendering, measured in a development build', () => {
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ page, setPage }) => {
    await page.addInitScript(installRenderLog);
    await page.goto(`${DEV}/sets/${SET}`);
    await setPage.waitForSavedAnswers();
    // The hook sees the real tree: every question has one QuestionAnswer, the client part of its card, possibly hydrated before the saved answers are in.
    await expect.poll(() => page.evaluate(() => (window as LoggedWindow).__renderLog?.mounted('QuestionAnswer'))).toBe(QUESTIONS);
  });

  test('choosing an option re-renders that question alone', async ({ page, setPage }) => {
    const option = setPage.question('who-said-high-hopes').getByRole('radio', { name: 'Moritz Rudolf', exact: true });
    const rendered = await rendersOf(page, async () => {
      await option.scrollIntoViewIfNeeded();
      await option.click();
      await expect(option).toBeChecked();
    });
    expect(cardsIn(rendered), `rendered: ${rendered.map((r) => r.name).join(', ')}`).toEqual(['who-said-high-hopes']);
    await expect(setPage.progress()).toHaveText(`Answered 1 of ${QUESTIONS}`);
  });

  test('typing a character re-renders that question alone', async ({ page, setPage }) => {
    const box = setPage.question('city-xi-landed-in').getByRole('textbox', { name: 'Your answer' });
    await box.scrollIntoViewIfNeeded();
    await box.focus();
    const rendered = await rendersOf(page, async () => {
      await page.keyboard.type('M');
      await expect(box).toHaveValue('M');
    });
    expect(cardsIn(rendered), `rendered: ${rendered.map((r) => r.name).join(', ')}`).toEqual(['city-xi-landed-in']);
    await expect(setPage.progress()).toHaveText(`Answered 1 of ${QUESTIONS}`);
  });

  test('selecting a sentence in the article re-renders the question being answered and no component for the article', async ({ page, setPage }) => {
    await setPage.citeButton('cite-no-breakthrough').click();
    await expect(setPage.citeBar()).toBeVisible();
    const rendered = await rendersOf(page, async () => {
      await setPage.sentence('4.1').click();
      await expect(setPage.sentenceBox('4.1')).toBeChecked();
    });
    expect(cardsIn(rendered), `rendered: ${rendered.map((r) => r.name).join(', ')}`).toEqual(['cite-no-breakthrough']);
    // The article is the server's HTML: the only component for a sentence is the one the question lists it with.
    expect(rendered.filter((r) => r.id !== undefined && /^\d+\.\d+$/.test(r.id)).map((r) => `${r.name} ${r.id}`)).toEqual(['CitedSentence 4.1']);
  });
});
