import { routes, type CreateQuestionRequest, type QuestionProposal } from '@rounds/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const proposalKeys = {
  all: ['question-proposals'] as const,
  ofCohort: (cohortId: string) => [...proposalKeys.all, cohortId] as const,
};

/** A cohort's proposals: all of them for its coordinators, one's own for a mentor. */
export function useProposals(cohortId: string) {
  return useQuery({
    queryKey: proposalKeys.ofCohort(cohortId),
    queryFn: ({ signal }) => api(routes.listProposals, { params: { cohortId }, signal }),
    enabled: cohortId !== '',
  });
}

export function useProposeQuestion(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuestionRequest) => api(routes.proposeQuestion, { params: { cohortId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proposalKeys.ofCohort(cohortId) }),
  });
}

/** Accepting adds the question to the bank, so the bank's lists are read again too. */
export function useDecideProposal(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { proposalId: string } & ({ accept: true } | { accept: false; reason: string })) =>
      decision.accept
        ? api(routes.acceptProposal, { params: { proposalId: decision.proposalId } })
        : api(routes.rejectProposal, { params: { proposalId: decision.proposalId }, body: { reason: decision.reason } }),
    onSuccess: (decided: QuestionProposal) => {
      void queryClient.invalidateQueries({ queryKey: proposalKeys.ofCohort(cohortId) });
      if (decided.status === 'accepted') void queryClient.invalidateQueries({ queryKey: ['questions'] });
    },
  });
}
