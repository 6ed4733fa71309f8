import { useEffect, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { citedFor } from '@/lib/quiz';
import { useQuiz, useQuizStore } from '@/components/quiz/quiz-provider';

const BOX_CLASS = 'mr-1 size-4 cursor-pointer align-[-0.15em] accent-accent';

/**
 * While a student answers by citing, makes the sentences of the article the
 * server rendered selectable, with one listener on the article instead of a
 * component per sentence. Each sentence gets a checkbox before it, named by
 * the sentence itself, for the keyboard and screen readers (Tab to it, Space
 * to toggle), and a click anywhere on the sentence toggles it too; a link
 * keeps working, and selecting text to read it closely selects no sentence.
 * The boxes are taken away when citing stops.
 */
export function ArticleCiting({ article }: { article: RefObject<HTMLElement | null> }) {
  const store = useQuizStore();
  const citing = useQuiz((s) => s.citing !== null);
  const selected = useQuiz(useShallow((s) => (s.citing ? citedFor(s, s.citing) : [])));

  useEffect(() => {
    const root = article.current;
    if (!citing || !root) return;
    const isSelected = (id: string) => {
      const { citing: target } = store.getState();
      return target !== null && citedFor(store.getState(), target).includes(id);
    };
    const boxes = [...root.querySelectorAll<HTMLElement>('[data-sentence]')].map((sentence) => {
      const id = sentence.dataset.sentence ?? '';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.className = BOX_CLASS;
      box.dataset.citeBox = id;
      box.setAttribute('aria-labelledby', sentence.id);
      box.checked = isSelected(id);
      sentence.before(box);
      sentence.dataset.citing = '';
      return box;
    });
    const toggle = (id: string) => {
      store.getState().toggleSentence(id);
      // A full selection refuses a sentence: its box shows what the store holds, not the click.
      const box = root.querySelector<HTMLInputElement>(`input[data-cite-box="${id}"]`);
      if (box) box.checked = isSelected(id);
    };
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.dataset.citeBox) toggle(event.target.dataset.citeBox);
    };
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element) || event.target.closest('a') || window.getSelection()?.isCollapsed === false) return;
      const sentence = event.target.closest<HTMLElement>('[data-sentence]');
      if (sentence?.dataset.sentence) toggle(sentence.dataset.sentence);
    };
    root.addEventListener('change', onChange);
    root.addEventListener('click', onClick);
    return () => {
      root.removeEventListener('change', onChange);
      root.removeEventListener('click', onClick);
      for (const box of boxes) box.remove();
      root.querySelectorAll<HTMLElement>('[data-sentence]').forEach((sentence) => {
        delete sentence.dataset.citing;
        delete sentence.dataset.selected;
      });
    };
  }, [article, citing, store]);

  useEffect(() => {
    const root = article.current;
    if (!citing || !root) return;
    root.querySelectorAll<HTMLElement>('[data-sentence]').forEach((sentence) => {
      const on = selected.includes(sentence.dataset.sentence ?? '');
      if (on) sentence.dataset.selected = '';
      else delete sentence.dataset.selected;
      const box = sentence.previousElementSibling;
      if (box instanceof HTMLInputElement && box.dataset.citeBox) box.checked = on;
    });
  }, [article, citing, selected]);

  return null;
}
