import { routes } from '@rounds/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Takes a seat offered from the standby list; the first person to accept it gets it. */
export function useAcceptStandbyOffer() {
  return useMutation({
    mutationFn: (offerId: string) => api(routes.acceptStandbyOffer, { params: { offerId } }),
  });
}
