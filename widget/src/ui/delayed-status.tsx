/**
 * "Et øjeblik …", said only when a wait lasts: a polite status region that is in the DOM from the
 * start (so its text is announced), gets its text after `delayMs`, and is emptied the moment the
 * wait ends. A quick answer is never preceded by a needless "please wait" (WCAG 4.1.3).
 */
import { useEffect, useState } from 'preact/hooks';

/** How long a wait may last before it is announced. */
export const waitingDelayMs = 1000;

export function DelayedStatus({ waiting, text }: { waiting: boolean; text: string }) {
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!waiting) return;
    const timer = setTimeout(() => setLate(true), waitingDelayMs);
    return () => clearTimeout(timer);
  }, [waiting]);
  return <p role="status" class={waiting && late ? 'waiting' : 'visually-hidden'}>{waiting && late ? text : ''}</p>;
}
