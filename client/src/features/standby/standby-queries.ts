import { routes, type JoinStandbyRequest } from '@rounds/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Takes a seat offered from the standby list; the first person to accept it gets it. */
export function useAcceptStandbyOffer() {
  return useMutation({
    mutationFn: (offerId: string) => api(routes.acceptStandbyOffer, { params: { offerId } }),
  });
}

const standbyKeys = {
  all: ['standby'] as const,
  list: (cohortId: string) => [...standbyKeys.all, cohortId] as const,
};

/** Your own standby windows in a cohort that have not ended. */
export function useStandbyWindows(cohortId: string) {
  return useQuery({
    queryKey: standbyKeys.list(cohortId),
    queryFn: ({ signal }) => api(routes.listStandby, { params: { cohortId }, signal }),
    enabled: cohortId !== '',
  });
}

export function useJoinStandby(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JoinStandbyRequest) => api(routes.joinStandby, { params: { cohortId }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: standbyKeys.list(cohortId) }),
  });
}

export function useLeaveStandby(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => api(routes.leaveStandby, { params: { cohortId, entryId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: standbyKeys.list(cohortId) }),
  });
}
