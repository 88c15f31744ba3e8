import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

/** Query key of the signed-in user (null when signed out); the session guard watches it. */
export const currentUserKey = ['current-user'] as const;

/**
 * One client for the app. Client errors (4xx) are answers, not glitches, so they are not retried;
 * a 401 on any read means the session ended, which sends the person back to sign-in.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        const sessionEnded = error instanceof ApiError && error.status === 401;
        if (sessionEnded && query.queryKey[0] !== currentUserKey[0]) queryClient.setQueryData(currentUserKey, null);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
