/**
 * Plain sentences for the call's failures that a person can fix, from the browser's media errors
 * (getUserMedia's DOMException names) and from a connection that never gets through.
 */
export function describeMediaError(error: unknown, what: string): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `Your browser did not allow the ${what}: allow them for this site (the camera icon in the address bar), then turn them on again.`;
    case 'NotReadableError':
    case 'AbortError':
      return `Your ${what} seems to be in use by another program (another call, a recording app): close it, then turn it on again.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No ${what} was found: plug one in or choose another in your computer's settings, then turn it on again.`;
    default:
      return `Your ${what} could not start. Check that it is connected and allowed for this site, then turn it on again.`;
  }
}

/** The call tried and failed to connect: with a TURN relay something else is wrong; without one, it is the networks. */
export function describeIceFailure(relayAvailable: boolean): string {
  return relayAvailable
    ? 'The call cannot get through, even through the relay server: check your internet connection; Rounds keeps trying.'
    : 'Your networks cannot reach each other directly: ask your coordinator for a TURN server. Rounds keeps trying meanwhile.';
}
