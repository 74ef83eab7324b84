// Subprocessors as people read them in a notification or an e-mail: name, service,
// country and transfer mechanism in words, in the recipient's language (never codes).
import { Locale, message, type MessageKey, type TransferMechanism } from '@regie/domain';
import type { StoredSubprocessor } from '../products/privacy-leaflet.entity';

const tag = (locale: Locale) => (locale === Locale.EN ? 'en-GB' : 'nl-NL');

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([tag(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Helpdesk Ltd. (support; India; geen waarborg), …" joined as the language joins a list. */
export function subprocessorWords(list: readonly StoredSubprocessor[], locale: Locale): string {
  const items = list.map((s) =>
    message('subprocessorChange.subprocessor', locale, {
      name: s.name,
      service: s.service,
      country: countryName(s.country, locale),
      mechanism: message(
        `transferMechanism.${s.transferMechanism as TransferMechanism}` as MessageKey,
        locale,
      ),
    }),
  );
  return new Intl.ListFormat(tag(locale), { style: 'long', type: 'conjunction' }).format(items);
}
