import {
  routes,
  type EndpointBody,
  type FeedbackForm,
  type FeedbackFormRequest,
  type FeedbackKind,
  type ThankYouSendRequest,
} from '@rounds/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const feedbackKeys = {
  all: ['feedback'] as const,
  session: (sessionId: string) => [...feedbackKeys.all, 'session', sessionId] as const,
  form: (sessionId: string, kind: FeedbackKind, about: string | undefined) =>
    [...feedbackKeys.session(sessionId), 'form', kind, about ?? 'only'] as const,
  thankYou: (sessionId: string) => [...feedbackKeys.session(sessionId), 'thank-you'] as const,
  progress: () => [...feedbackKeys.all, 'progress'] as const,
  overview: (cohortId: string) => [...feedbackKeys.all, 'overview', cohortId] as const,
};

/** What the session page shows after the end: your forms, what reached you, who owes what. */
export function useSessionFeedback(sessionId: string, enabled = true) {
  return useQuery({
    queryKey: feedbackKeys.session(sessionId),
    queryFn: ({ signal }) => api(routes.sessionFeedback, { params: { sessionId }, signal }),
    enabled,
  });
}

/** Your form of this kind: the saved one, or a new draft pre-filled with your room notes. */
export function useFeedbackForm(sessionId: string, kind: FeedbackKind, about: string | undefined) {
  return useQuery({
    queryKey: feedbackKeys.form(sessionId, kind, about),
    queryFn: ({ signal }) => api(routes.getFeedbackForm, { params: { sessionId, kind }, query: { about }, signal }),
    // The page holds the person's edits; a refetch on focus must not overwrite them.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

/** Autosave (`submit: false`) and submit share one mutation shape: the whole form each time. */
export function useWriteFeedback(sessionId: string, kind: FeedbackKind, about: string | undefined, submit: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackFormRequest) =>
      submit
        ? api(routes.submitFeedback, { params: { sessionId, kind }, body })
        : api(routes.saveFeedbackDraft, { params: { sessionId, kind }, body }),
    onSuccess: (form: FeedbackForm) => {
      queryClient.setQueryData(feedbackKeys.form(sessionId, kind, about), form);
      if (submit) return queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
    },
  });
}

export function useRequestFeedback(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.requestFeedback>) =>
      api(routes.requestFeedback, { params: { sessionId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.session(sessionId), exact: true }),
  });
}

export function useThankYou(sessionId: string, enabled = true) {
  return useQuery({
    queryKey: feedbackKeys.thankYou(sessionId),
    queryFn: ({ signal }) => api(routes.thankYouDraft, { params: { sessionId }, signal }),
    enabled,
  });
}

export function useSendThankYou(sessionId: string) {
  return useMutation({
    mutationFn: (body: ThankYouSendRequest) => api(routes.sendThankYou, { params: { sessionId }, body }),
  });
}

export function useProgress() {
  return useQuery({
    queryKey: feedbackKeys.progress(),
    queryFn: ({ signal }) => api(routes.myProgress, { signal }),
  });
}

export function useFeedbackOverview(cohortId: string) {
  return useQuery({
    queryKey: feedbackKeys.overview(cohortId),
    queryFn: ({ signal }) => api(routes.feedbackOverview, { params: { cohortId }, signal }),
  });
}

/** Where a form is written: `/sessions/:id/feedback/:kind?about=`. */
export function feedbackFormPath(sessionId: string, kind: FeedbackKind, about?: string): string {
  return `/sessions/${sessionId}/feedback/${kind}${about && kind !== 'self' ? `?about=${about}` : ''}`;
}
