import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { dataUi } from '../../content/ui-data';
import { setDeviceName, thisDevice } from '../../storage/device';
import { DEVICE } from '../../storage/schema/fields';

/** The short name of this device, which every check recorded here carries into other devices. */
export function DeviceName() {
  const { tx } = useI18n();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => void thisDevice().then((d) => setName(d.name ?? '')), []);
  const submit = async (e: Event) => {
    e.preventDefault();
    const saved = await setDeviceName(name);
    setName(saved.name ?? '');
    setMessage(
      saved.name ? tx(dataUi.deviceSaved, { name: saved.name }) : tx(dataUi.deviceRemoved),
    );
  };
  return (
    <form onSubmit={submit}>
      <h2>{tx(dataUi.deviceTitle)}</h2>
      <p class="hint" id="device-name-hint">
        {tx(dataUi.deviceHint)}
      </p>
      <label for="device-name">{tx(dataUi.deviceName)}</label>
      <div class="row">
        <input
          id="device-name"
          type="text"
          maxLength={DEVICE.name}
          aria-describedby="device-name-hint"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" class="btn">
          {tx(dataUi.deviceSave)}
        </button>
      </div>
      <p role="status" class="muted">
        {message}
      </p>
    </form>
  );
}
