import { routes, type EndpointBody, type EndpointQuery, type Persona, type Session, type ValidatedQuery } from '@rounds/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Which sessions a list shows: upcoming or past. */
export type SessionScope = NonNullable<EndpointQuery<typeof routes.listSessions>['scope']>;

/**
 * What the booking page asks the server for, as the form holds it: the slot query with every value
 * filled in, where an empty persona means "any interviewer" and an empty `from` means "from now".
 */
export type SlotSearch = Required<Omit<ValidatedQuery<typeof routes.proposeSlots>, 'persona'>> & { persona: Persona | '' };

export const schedulingKeys = {
  all: ['scheduling'] as const,
  /** The zone is part of the key: times come back in it, so a profile change refetches. */
  availability: (timeZone: string) => [...schedulingKeys.all, 'availability', timeZone] as const,
  slotsAll: () => [...schedulingKeys.all, 'slots'] as const,
  slots: (search: SlotSearch, timeZone: string) => [...schedulingKeys.slotsAll(), search, timeZone] as const,
  sessions: () => [...schedulingKeys.all, 'sessions'] as const,
  list: (scope: SessionScope, cohortId?: string) => [...schedulingKeys.sessions(), 'list', scope, cohortId ?? 'mine'] as const,
  detail: (sessionId: string) => [...schedulingKeys.sessions(), 'detail', sessionId] as const,
};

/** The signed-in person's weekly windows, exceptions and capacity, in their profile zone. */
export function useAvailability(timeZone: string) {
  return useQuery({
    queryKey: schedulingKeys.availability(timeZone),
    queryFn: ({ signal }) => api(routes.getAvailability, { signal }),
  });
}

export function useUpdateAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.updateAvailability>) => api(routes.updateAvailability, { body }),
    onSuccess: (availability) => {
      queryClient.setQueryData(schedulingKeys.availability(availability.timeZone), availability);
      // Free times change with availability.
      return queryClient.invalidateQueries({ queryKey: schedulingKeys.slotsAll() });
    },
  });
}

/** Proposed times with a suitable partner; disabled until a cohort is chosen. */
export function useSlotProposals(search: SlotSearch, timeZone: string) {
  return useQuery({
    queryKey: schedulingKeys.slots(search, timeZone),
    queryFn: ({ signal }) =>
      api(routes.proposeSlots, {
        query: {
          cohortId: search.cohortId,
          kind: search.kind,
          track: search.track,
          persona: search.kind === 'peer_swap' || search.persona === '' ? undefined : search.persona,
          durationMinutes: String(search.durationMinutes),
          from: search.from || undefined,
          days: String(search.days),
        },
        signal,
      }),
    enabled: search.cohortId !== '',
    // Free times go quickly: never offer a stale list for long.
    staleTime: 15_000,
  });
}

/** Upcoming or past sessions: the person's own, or (coordinators) a whole cohort's. */
export function useSessions(scope: SessionScope, cohortId?: string) {
  return useQuery({
    queryKey: schedulingKeys.list(scope, cohortId),
    queryFn: ({ signal }) => api(routes.listSessions, { query: { scope, cohortId }, signal }),
  });
}

export function useSession(sessionId: string) {
  return useQuery({
    queryKey: schedulingKeys.detail(sessionId),
    queryFn: ({ signal }) => api(routes.getSession, { params: { sessionId }, signal }),
  });
}

/** After any change to a session: keep the fresh copy, and refresh every list and free-time proposal. */
function sessionChanged(queryClient: QueryClient, session: Session) {
  queryClient.setQueryData(schedulingKeys.detail(session.id), session);
  return queryClient.invalidateQueries({
    queryKey: schedulingKeys.all,
    predicate: (query) => query.queryKey[2] !== 'detail' || query.queryKey[3] !== session.id,
  });
}

export function useBookSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.bookSession>) => api(routes.bookSession, { body }),
    onSuccess: (session) => sessionChanged(queryClient, session),
  });
}

export function useScheduleSession(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.scheduleSession>) =>
      api(routes.scheduleSession, { params: { cohortId }, body }),
    onSuccess: (session) => sessionChanged(queryClient, session),
  });
}

export function useCancelSession(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.cancelSession>) => api(routes.cancelSession, { params: { sessionId }, body }),
    onSuccess: (session) => sessionChanged(queryClient, session),
  });
}

export function useRescheduleSession(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.rescheduleSession>) =>
      api(routes.rescheduleSession, { params: { sessionId }, body }),
    onSuccess: (session) => sessionChanged(queryClient, session),
  });
}

export function useClearNoShow(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.clearNoShow>) => api(routes.clearNoShow, { params: { sessionId }, body }),
    onSuccess: (session) => sessionChanged(queryClient, session),
  });
}

export function useMarkNoShow(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.markNoShow>) => api(routes.markNoShow, { params: { sessionId }, body }),
    onSuccess: (session) => sessionChanged(queryClient, session),
  });
}
