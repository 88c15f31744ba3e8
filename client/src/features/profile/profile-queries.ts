import { routes, type EndpointBody } from '@rounds/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { currentUserKey } from '../../lib/query-client';
import { cohortKeys } from '../cohorts/cohort-queries';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.updateMe>) => api(routes.updateMe, { body }),
    onSuccess: (user) => {
      queryClient.setQueryData(currentUserKey, user);
      // Member lists show names, tracks and zones.
      void queryClient.invalidateQueries({ queryKey: cohortKeys.all });
    },
  });
}
