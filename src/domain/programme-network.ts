/**
 * The network a programme pools a check under: the network profile of the device it was recorded
 * on (its origin), so that checks of different networks stay apart however their events are named;
 * for a check whose origin names none (older files), the network its event names, else a network's
 * own check's name; '' when nothing says. The analyst table's `network` column is the same.
 */
export function programmeNetwork(names: {
  /** The network named by the check's origin. */
  origin?: string | undefined;
  /** The network named by the event the check was answered at. */
  event?: string | undefined;
  /** A network's own check's name (its label); none for a firm's check. */
  own?: string | undefined;
}): string {
  return (names.origin?.trim() || names.event?.trim() || names.own?.trim()) ?? '';
}
