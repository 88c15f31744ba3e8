import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents, type StandbyOffer } from '@rounds/shared';
import { useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';

/**
 * While the person is on standby, a socket listens for `standby:offer` so a free seat shows on the page at once
 * (the e-mail carries the same link). The socket.io client is fetched only then, keeping it off the first load.
 */
export function useStandbyOffers(onStandby: boolean): StandbyOffer[] {
  const [offers, setOffers] = useState<StandbyOffer[]>([]);
  useEffect(() => {
    if (!onStandby) return;
    let socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;
    let cancelled = false;
    void import('socket.io-client').then(({ io }) => {
      if (cancelled) return;
      socket = io({ path: SOCKET_PATH, withCredentials: true, transports: ['websocket', 'polling'] });
      socket.on('standby:offer', (offer) =>
        setOffers((current) => [...current.filter((o) => o.offerId !== offer.offerId), offer]),
      );
    });
    return () => {
      cancelled = true;
      socket?.disconnect();
    };
  }, [onStandby]);
  return offers;
}
