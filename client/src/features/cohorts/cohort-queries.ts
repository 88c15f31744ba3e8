import { routes, type EndpointBody } from '@rounds/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const cohortKeys = {
  all: ['cohorts'] as const,
  list: () => [...cohortKeys.all, 'list'] as const,
  detail: (cohortId: string) => [...cohortKeys.all, 'detail', cohortId] as const,
  invitations: (cohortId: string) => [...cohortKeys.all, 'detail', cohortId, 'invitations'] as const,
  interviewDays: (cohortId: string) => [...cohortKeys.all, 'detail', cohortId, 'interview-days'] as const,
  activity: (cohortId: string) => [...cohortKeys.all, 'detail', cohortId, 'activity'] as const,
};

export function useCohorts() {
  return useQuery({
    queryKey: cohortKeys.list(),
    queryFn: ({ signal }) => api(routes.listCohorts, { signal }),
  });
}

/** A cohort with its members (members of the cohort only). */
export function useCohort(cohortId: string) {
  return useQuery({
    queryKey: cohortKeys.detail(cohortId),
    queryFn: ({ signal }) => api(routes.getCohort, { params: { cohortId }, signal }),
  });
}

/** Invitations of a cohort; only its coordinators may read them, so callers pass `enabled`. */
export function useInvitations(cohortId: string, enabled: boolean) {
  return useQuery({
    queryKey: cohortKeys.invitations(cohortId),
    queryFn: ({ signal }) => api(routes.listInvitations, { params: { cohortId }, signal }),
    enabled,
  });
}

/** The cohort's interview days, latest first (its coordinators only). */
export function useCohortInterviewDays(cohortId: string) {
  return useQuery({
    queryKey: cohortKeys.interviewDays(cohortId),
    queryFn: ({ signal }) => api(routes.listInterviewDays, { params: { cohortId }, signal }),
  });
}

/** Each member's sessions done and last session (its coordinators only, so callers pass `enabled`). */
export function useMemberActivity(cohortId: string, enabled: boolean) {
  return useQuery({
    queryKey: cohortKeys.activity(cohortId),
    queryFn: ({ signal }) => api(routes.cohortMemberActivity, { params: { cohortId }, signal }),
    enabled,
  });
}

export function useCreateCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.createCohort>) => api(routes.createCohort, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cohortKeys.list() }),
  });
}

export function useCreateInvitation(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.createInvitation>) =>
      api(routes.createInvitation, { params: { cohortId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cohortKeys.invitations(cohortId) }),
  });
}

export function useRevokeInvitation(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => api(routes.revokeInvitation, { params: { cohortId, invitationId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: cohortKeys.invitations(cohortId) }),
  });
}
