import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';

import { type PerQuestionState , createQuestionChannel } from '@/lib/quiz';

const start = (): PerQuestionState => ({ answers: {}, citations: {}, results: {}, pending: null, citing: null });

describe('createQuestionChannel', () => {
  it('calls only the listeners of the question that changed', () => {
    const store = createStore<PerQuestionState>()(start);
    const channel = createQuestionChannel(store.subscribe);
    const a = vi.fn();
    const b = vi.fn();
    channel.subscribe('a', a);
    channel.subscribe('b', b);

    store.setState((s) => ({ answers: { ...s.answers, a: 'Moscow' } }));
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();

    store.setState({ pending: 'submit' });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
  });

  it('holds one store subscription however many listen, and lets it go when the last one leaves', () => {
    const store = createStore<PerQuestionState>()(start);
    const subscribe = vi.fn(store.subscribe);
    const channel = createQuestionChannel(subscribe);
    const stops = ['a', 'a', 'b'].map((id) => channel.subscribe(id, () => {}));
    expect(subscribe).toHaveBeenCalledTimes(1);

    for (const stop of stops) stop();
    const late = vi.fn();
    store.setState({ answers: { a: 'Moscow' } });
    channel.subscribe('a', late);
    expect(subscribe).toHaveBeenCalledTimes(2);
    store.setState({ answers: { a: 'Beijing' } });
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('stops calling a listener once it unsubscribes, even during a change', () => {
    const store = createStore<PerQuestionState>()(start);
    const channel = createQuestionChannel(store.subscribe);
    const second = vi.fn();
    let stopSecond = () => {};
    channel.subscribe('a', () => stopSecond());
    stopSecond = channel.subscribe('a', second);
    store.setState({ answers: { a: 'Moscow' } });
    store.setState({ answers: { a: 'Beijing' } });
    expect(second).toHaveBeenCalledTimes(1);
  });
});
