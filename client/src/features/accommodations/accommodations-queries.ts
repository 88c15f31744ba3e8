import { routes, type Accommodations } from '@rounds/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Sets a person's accommodations: your own, or (coordinators) a member of your cohort. */
export function useUpdateAccommodations(userId: string) {
  return useMutation({
    mutationFn: (body: Accommodations) => api(routes.updateAccommodations, { params: { userId }, body }),
  });
}
