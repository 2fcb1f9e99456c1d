import type { I18n } from '../../app/i18n';
import { originUi } from '../../content/ui-origin';
import type { Origin } from '../../storage/types';

/** Where a check came from, in a sentence: the device (this one, a named one, another), the way, the network. */
export function originText(
  origin: Origin | undefined,
  here: { id: string; names: Readonly<Record<string, string>> },
  tx: I18n['tx'],
): string {
  if (!origin) return tx(originUi.unknown);
  const { device, via, network } = origin;
  const mine = device === here.id;
  const name = here.names[device];
  const place = mine
    ? tx(originUi.thisDevice)
    : name
      ? tx(originUi.namedDevice, { name })
      : tx(originUi.otherDevice);
  const how = tx(via === 'kiosk' ? originUi.kiosk : via === 'qr' ? originUi.qr : originUi.here, {
    place,
  });
  return [
    mine ? how : `${how}, ${tx(originUi.viaFile)}`,
    network && tx(originUi.network, { network }),
  ]
    .filter(Boolean)
    .join(' · ');
}
