/** Borgerservice's phone number as a tap-to-call link, labelled with who answers. */
import type { CompiledMunicipality } from '../../../knowledge/compiler/compiled.ts';
import type { Strings } from '../i18n/strings.ts';

export function PhoneLink({ contact, t }: { contact: CompiledMunicipality['borgerservice']; t: Strings }) {
  return <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{t.call(contact.name)}: {contact.phone}</a>;
}
