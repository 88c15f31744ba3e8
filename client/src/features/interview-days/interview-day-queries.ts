import {
  buildPath,
  routes,
  type CancelInterviewDayRequest,
  type CreateInterviewDayRequest,
  type InterviewDay,
  type UpdateInterviewDayRequest,
} from '@rounds/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { cohortKeys } from '../cohorts/cohort-queries';
import { schedulingKeys } from '../scheduling/scheduling-queries';

/** How often the coordinator's live view asks again: the server has no push for it. */
const LIVE_POLL_MS = 4000;

const dayKeys = {
  all: ['interview-days'] as const,
  detail: (dayId: string) => [...dayKeys.all, 'detail', dayId] as const,
  live: (dayId: string) => [...dayKeys.all, 'detail', dayId, 'live'] as const,
  scores: (dayId: string) => [...dayKeys.all, 'detail', dayId, 'scores'] as const,
};

export function useInterviewDay(dayId: string) {
  return useQuery({
    queryKey: dayKeys.detail(dayId),
    queryFn: ({ signal }) => api(routes.getInterviewDay, { params: { dayId }, signal }),
  });
}

/** Every room of the day now, asked again every few seconds while the page is open. */
export function useInterviewDayLive(dayId: string) {
  return useQuery({
    queryKey: dayKeys.live(dayId),
    queryFn: ({ signal }) => api(routes.interviewDayLive, { params: { dayId }, signal }),
    refetchInterval: LIVE_POLL_MS,
    staleTime: 0,
  });
}

export function useInterviewDayScores(dayId: string) {
  return useQuery({
    queryKey: dayKeys.scores(dayId),
    queryFn: ({ signal }) => api(routes.interviewDayScores, { params: { dayId }, signal }),
  });
}

export function useCreateInterviewDay(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInterviewDayRequest) => api(routes.createInterviewDay, { params: { cohortId }, body }),
    onSuccess: (day) => {
      queryClient.setQueryData(dayKeys.detail(day.id), day);
      return queryClient.invalidateQueries({ queryKey: cohortKeys.interviewDays(cohortId) });
    },
  });
}

/** After a change: the day as the server answered, and every list that shows its sessions asked again. */
function useDayChanged() {
  const queryClient = useQueryClient();
  return (day: InterviewDay) => {
    queryClient.setQueryData(dayKeys.detail(day.id), day);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: dayKeys.live(day.id) }),
      queryClient.invalidateQueries({ queryKey: cohortKeys.interviewDays(day.cohortId) }),
      queryClient.invalidateQueries({ queryKey: schedulingKeys.all }),
    ]);
  };
}

export function useUpdateInterviewDay(dayId: string) {
  const changed = useDayChanged();
  return useMutation({
    mutationFn: (body: UpdateInterviewDayRequest) => api(routes.updateInterviewDay, { params: { dayId }, body }),
    onSuccess: changed,
  });
}

export function useCancelInterviewDay(dayId: string) {
  const changed = useDayChanged();
  return useMutation({
    mutationFn: (body: CancelInterviewDayRequest) => api(routes.cancelInterviewDay, { params: { dayId }, body }),
    onSuccess: changed,
  });
}

/** The day's CSV, fetched by the browser itself (a plain link keeps the session cookie and the file name). */
export function scoresCsvPath(dayId: string): string {
  return buildPath(routes.interviewDayScoresCsv.path, { dayId });
}
