import { routes } from '@rounds/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { cohortKeys } from '../cohorts/cohort-queries';

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => api(routes.previewInvitation, { params: { token }, signal }),
    // The preview says whether an account exists; keep it current when the person comes back to the tab.
    staleTime: 0,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api(routes.acceptInvitation, { params: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cohortKeys.all }),
  });
}
