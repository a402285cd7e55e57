/** The citizen's answer to the profile question, changeable at any time from the top of the panel. */
import { useState } from 'preact/hooks';
import type { Profile } from '../core/route.ts';
import { useWidget } from './context.ts';
import { ProfileQuestion } from './profile-question.tsx';

export function ProfileBar({ profile, onChange }: { profile: Profile; onChange: (profile: Profile) => void }) {
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
      {t.profileCurrent} <strong>{t.profiles[profile]}</strong>{' '}
      <button type="button" class="link-button" onClick={() => setChanging(true)}>{t.changeProfile}</button>
    </p>
  );
}
