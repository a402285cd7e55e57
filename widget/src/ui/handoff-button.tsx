/**
 * "Fortsæt på din telefon" (counter mode): a QR code and a short link to this answer, so the
 * citizen takes it home on their own phone. The link holds the situation and the profile only,
 * never what anyone typed. The QR code's code is its own chunk, loaded on the first press.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { deepLinkUrl } from '../core/deep-link.ts';
import type { Profile } from '../core/route.ts';
import { useWidget } from './context.ts';

type Handoff = typeof import('../handoff/handoff-panel.tsx');

let handoffModule: Promise<Handoff> | undefined;

export function HandoffButton({ situation, profile }: { situation: string; profile?: Profile }) {
  const { t, handoffPage } = useWidget();
  const [handoff, setHandoff] = useState<Handoff | undefined>();
  const [shown, setShown] = useState(false);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The button is back only after the panel is gone: then focus returns to it, never to <body>.
  const wasShown = useRef(false);
  useLayoutEffect(() => {
    if (wasShown.current && !shown) button.current?.focus();
    wasShown.current = shown;
  }, [shown]);
  const show = async () => {
    try {
      handoffModule ??= import('../handoff/handoff-panel.tsx');
      setHandoff(await handoffModule);
      setShown(true);
    } catch {
      handoffModule = undefined;
      setFailed(true);
    }
  };
  const hide = () => setShown(false);
  const url = deepLinkUrl(handoffPage ?? location.href, { situation, profile });
  return (
    <div class="handoff-action">
      {!shown && (
        <button type="button" class="reset" ref={button} onClick={show}>{t.counter.handoff}</button>
      )}
      {/* Without the QR code the link still works when read out or typed. */}
      {failed && <p class="notice" role="alert">{url}</p>}
      {shown && handoff && <handoff.HandoffPanel url={url} onClose={hide} />}
    </div>
  );
}
