import { PreJoin, type LocalUserChoices } from '@livekit/components-react';
import { useEffect, useRef, useState } from 'react';
import { Card } from '../../components/Card';
import { FormAlert } from '../../components/FormAlert';
import { keepCameraOffInSavedChoices } from './call-preferences';
import { describeMediaError } from './call-problems';

interface PreJoinStepProps {
  /** The name the room shows: always the account's, never one typed here. */
  displayName: string;
  /** The person's accommodation: the camera starts off, and stays off on the way in. */
  audioOnly: boolean;
  onJoin: (choices: LocalUserChoices) => void;
}

/** LiveKit's own device menus are icon-only buttons: give each a name a screen reader can say. */
const UNNAMED_CONTROLS: readonly [selector: string, label: string][] = [
  ['.lk-button-group.audio .lk-button-menu', 'Choose a microphone'],
  ['.lk-button-group.video .lk-button-menu', 'Choose a camera'],
];

/**
 * Before entering: a camera and microphone preview with device choice (LiveKit's PreJoin), beside what makes
 * a remote interview look and sound good. The choices go with the person into the room.
 */
export function PreJoinStep({ displayName, audioOnly, onJoin }: PreJoinStepProps) {
  const previewRef = useRef<HTMLDivElement>(null);
  const [deviceError, setDeviceError] = useState<string | null>(null);
  // PreJoin keeps the devices chosen for next time; for audio only, the camera starts off whatever was kept.
  useState(() => audioOnly && keepCameraOffInSavedChoices());

  useEffect(() => {
    const root = previewRef.current;
    if (!root) return;
    const nameControls = () => {
      for (const [selector, label] of UNNAMED_CONTROLS) {
        root.querySelectorAll(selector).forEach((control) => control.setAttribute('aria-label', label));
      }
    };
    nameControls();
    // Only element additions are watched, so naming them never triggers itself.
    const observer = new MutationObserver(nameControls);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  return (
    <div className="room-prejoin">
      <Card
        title="Check your camera and microphone"
        description="Choose your devices and join when you are ready. You can switch them in the room too."
      >
        <FormAlert message={deviceError} />
        {audioOnly && (
          <p className="notice" role="status">
            You join by audio only (an accommodation on your profile): your camera stays off, and your partner is told you join by
            audio.
          </p>
        )}
        <div ref={previewRef} className="room-prejoin-preview" data-lk-theme="default">
          <PreJoin
            defaults={{ username: displayName, ...(audioOnly ? { videoEnabled: false } : {}) }}
            onValidate={() => true}
            onSubmit={(choices) => onJoin(audioOnly ? { ...choices, videoEnabled: false } : choices)}
            onError={(error) =>
              setDeviceError(`${describeMediaError(error, 'camera or microphone')} You can also join without them.`)
            }
            joinLabel="Join the room"
            micLabel="Microphone"
            camLabel="Camera"
          />
        </div>
      </Card>
      <Card title="Before you start" className="room-tips">
        <ul className="room-tips-list">
          <li>
            <strong>Camera at eye level.</strong> Raise the laptop on a few books so you look across, not down, at your
            interviewer.
          </li>
          <li>
            <strong>Light in front of you.</strong> Face a window or a lamp; a bright window behind you turns you into a
            silhouette.
          </li>
          <li>
            <strong>A quiet room.</strong> Close the door, silence your phone and notifications; headphones stop echo.
          </li>
          <li>
            <strong>Look at the camera when you answer.</strong> To your interviewer that is eye contact.
          </li>
        </ul>
      </Card>
    </div>
  );
}
