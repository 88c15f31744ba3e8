import { useEffect, useId, useState } from 'react';
import { loadSpeaker, saveSpeaker } from './call-preferences';

/** Whether this browser can send a page's sound to a chosen output (Chromium can; some browsers cannot). */
const canChooseSpeaker = () => typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

/** The speaker or headphones the partner is heard on, where the browser allows the choice; kept for next time. */
export function SpeakerSelect({ onChange }: { onChange: (deviceId: string) => void }) {
  const id = useId();
  const [outputs, setOutputs] = useState<MediaDeviceInfo[]>([]);
  const [chosen, setChosen] = useState(loadSpeaker);

  useEffect(() => {
    if (!canChooseSpeaker()) return;
    const list = () =>
      void navigator.mediaDevices
        .enumerateDevices()
        .then((devices) => setOutputs(devices.filter((device) => device.kind === 'audiooutput' && device.deviceId)))
        .catch(() => setOutputs([]));
    list();
    navigator.mediaDevices.addEventListener('devicechange', list);
    return () => navigator.mediaDevices.removeEventListener('devicechange', list);
  }, []);

  useEffect(() => onChange(chosen), [chosen, onChange]);

  if (outputs.length < 2) return null;
  return (
    <span className="room-call-speaker">
      <label htmlFor={id}>Speaker</label>
      <select
        id={id}
        value={outputs.some((output) => output.deviceId === chosen) ? chosen : 'default'}
        onChange={(event) => {
          setChosen(event.target.value);
          saveSpeaker(event.target.value);
        }}
      >
        {outputs.map((output, index) => (
          <option key={output.deviceId} value={output.deviceId}>
            {output.label || `Speaker ${index + 1}`}
          </option>
        ))}
      </select>
    </span>
  );
}
