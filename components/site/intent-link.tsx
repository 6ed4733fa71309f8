'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

type IntentLinkProps = Omit<ComponentProps<typeof Link>, 'prefetch' | 'onMouseEnter' | 'onTouchStart' | 'onFocus'>;

/**
 * A link to a page of this site that prefetches the page once the student
 * reaches for it (the pointer over it, keyboard focus on it, a finger on it),
 * not as soon as it is on screen: Next.js's hover-triggered prefetch, with
 * focus and touch added for the keyboard and phones. Prefetching every link
 * on sight would make each set page download the library page behind its
 * "Close Reader" link while the student reads, on shared school Wi-Fi.
 */
export function IntentLink(props: IntentLinkProps) {
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  // null: Next.js's own prefetching, from the moment of intent.
  return <Link {...props} prefetch={reached ? null : false} onMouseEnter={reach} onTouchStart={reach} onFocus={reach} />;
}
