/**
 * "Kan du selv bruge MitID og selvbetjening på nettet?" — one plain question with four answers
 * (KL's can/will matrix), asked only where the answer changes the route. A group of native buttons;
 * the chosen one is marked with aria-pressed.
 */
import { profiles, type Profile } from '../core/route.ts';
import { useWidget } from './context.ts';

export function ProfileQuestion({ id, current, onChoose }: { id: string; current?: Profile; onChoose: (profile: Profile) => void }) {
  const { t } = useWidget();
  return (
    <div class="profile" role="group" aria-labelledby={id}>
      <p id={id} class="profile-question">{t.profileQuestion}</p>
      <ul class="options">
        {profiles.map((profile) => (
          <li key={profile}>
            <button type="button" class="option" aria-pressed={current === profile ? 'true' : 'false'} onClick={() => onChoose(profile)}>
              {t.profiles[profile]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
