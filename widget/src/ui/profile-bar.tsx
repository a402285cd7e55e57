/**
 * The citizen's answer to the profile question, or what their own words told us ("min mor kan ikke
 * bruge computer"), changeable at any time from the top of the panel.
 */
import { useState } from 'preact/hooks';
import type { Profile } from '../core/route.ts';
import { useWidget } from './context.ts';
import { ProfileQuestion } from './profile-question.tsx';

export function ProfileBar({ profile, cues, onChange }: { profile: Profile; cues?: string[]; onChange: (profile: Profile) => void }) {
  const { t } = useWidget();
  const [changing, setChanging] = useState(false);
  if (changing) {
    return (
      <ProfileQuestion id="vv-profile-change" current={profile} onChoose={(chosen) => {
        setChanging(false);
        onChange(chosen);
      }} />
    );
  }
  return (
    <p class="profile-bar">
      {cues?.length ? t.profileUnderstood(cues.join(', ')) : t.profileCurrent} <strong>{t.profiles[profile]}</strong>{' '}
      <button type="button" class="link-button" onClick={() => setChanging(true)}>{t.changeProfile}</button>
    </p>
  );
}
