/** Safety first: when the citizen's words suggest danger, the emergency numbers come before any answer. */
import type { EmergencyMessage as Emergency } from '../model/conversation.ts';
import { EmergencyNumbers } from './emergency-numbers.tsx';

export function EmergencyMessage({ message }: { message: Emergency }) {
  return <EmergencyNumbers steps={message.route.steps} />;
}
