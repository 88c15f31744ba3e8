import { routes, type QuestionFilter } from '@rounds/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

const questionKeys = {
  all: ['questions'] as const,
  list: (filter: QuestionFilter) => [...questionKeys.all, 'list', filter] as const,
};

/**
 * Questions of the bank the signed-in person may see (built-ins and their cohorts' own), in the view
 * their role allows. While a new filter loads, the previous results stay on screen.
 */
export function useQuestions(filter: QuestionFilter, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: questionKeys.list(filter),
    queryFn: ({ signal }) => api(routes.listQuestions, { query: filter, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}
