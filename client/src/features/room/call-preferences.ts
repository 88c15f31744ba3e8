/**
 * What the call room keeps in this browser for next time. The pre-join's camera and microphone choices are kept
 * by LiveKit's PreJoin itself (its `lk-user-choices` entry); the speaker is kept here.
 */
const SPEAKER_KEY = 'rounds-call-speaker';
const PREJOIN_KEY = 'lk-user-choices';

export function loadSpeaker(): string {
  try {
    return localStorage.getItem(SPEAKER_KEY) ?? 'default';
  } catch {
    return 'default';
  }
}

export function saveSpeaker(deviceId: string): void {
  try {
    localStorage.setItem(SPEAKER_KEY, deviceId);
  } catch {
    // Storage refused (a private window): the choice lasts for this page only.
  }
}

/** Audio only (the accommodation) wins over a camera left on last time: the kept choices start with it off. */
export function keepCameraOffInSavedChoices(): void {
  try {
    const saved = localStorage.getItem(PREJOIN_KEY);
    if (!saved) return;
    const choices = JSON.parse(saved) as Record<string, unknown>;
    if (choices.videoEnabled === false) return;
    localStorage.setItem(PREJOIN_KEY, JSON.stringify({ ...choices, videoEnabled: false }));
  } catch {
    // Nothing kept, or nothing readable: the pre-join starts from its defaults, camera off.
  }
}

const HALF_TIME_SOUND_KEY = 'rounds-half-time-sound';

/** Whether this person allowed a short sound at half time (off until they turn it on). */
export function loadHalfTimeSound(): boolean {
  try {
    return localStorage.getItem(HALF_TIME_SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

export function saveHalfTimeSound(on: boolean): void {
  try {
    localStorage.setItem(HALF_TIME_SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (a private window): the choice lasts for this page only.
  }
}
