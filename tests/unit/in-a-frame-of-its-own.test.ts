import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { inAFrameOfItsOwn } from '@/lib/ui';

/** Animation frames run by hand: each call runs the callbacks the last frame asked for. */
let frames: FrameRequestCallback[] = [];
const nextFrame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback(0);
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => {
  while (frames.length > 0) nextFrame();
  vi.unstubAllGlobals();
});

describe('inAFrameOfItsOwn', () => {
  it('runs one job a frame, in the order they were queued', () => {
    const ran: string[] = [];
    for (const name of ['first', 'second', 'third']) inAFrameOfItsOwn(() => ran.push(name));
    expect(ran).toEqual([]);
    nextFrame();
    expect(ran).toEqual(['first']);
    nextFrame();
    nextFrame();
    expect(ran).toEqual(['first', 'second', 'third']);
    expect(frames).toHaveLength(0);
  });

  it.each([
    ['the next job', 0, ['b', 'c']],
    ['a later job', 1, ['a', 'c']],
    ['the last job', 2, ['a', 'b']],
  ])('leaves out %s when it is taken back before its frame', (_name, cancelled, expected) => {
    const ran: string[] = [];
    const cancels = ['a', 'b', 'c'].map((name) => inAFrameOfItsOwn(() => ran.push(name)));
    cancels[cancelled]?.();
    for (let i = 0; i < 3; i++) nextFrame();
    expect(ran).toEqual(expected);
  });

  it('runs a job queued while another runs, in a frame after it', () => {
    const ran: string[] = [];
    inAFrameOfItsOwn(() => {
      ran.push('outer');
      inAFrameOfItsOwn(() => ran.push('inner'));
    });
    nextFrame();
    expect(ran).toEqual(['outer']);
    nextFrame();
    expect(ran).toEqual(['outer', 'inner']);
  });

  it('starts again after the queue has emptied', () => {
    const ran: string[] = [];
    inAFrameOfItsOwn(() => ran.push('a'));
    nextFrame();
    inAFrameOfItsOwn(() => ran.push('b'));
    nextFrame();
    expect(ran).toEqual(['a', 'b']);
  });
});
