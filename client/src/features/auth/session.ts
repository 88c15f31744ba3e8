import { routes, type EndpointBody, type User } from '@rounds/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../lib/api';
import { currentUserKey } from '../../lib/query-client';

export function usePublicConfig() {
  return useQuery({
    queryKey: ['public-config'],
    queryFn: ({ signal }) => api(routes.publicConfig, { signal }),
    staleTime: Infinity,
  });
}

/** Calls sign-in; the caller decides when the session starts in the UI (see {@link useStartSession}). */
export function useSignIn() {
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.login>) => api(routes.login, { body }),
  });
}

/** Calls registration: a signed-in account (start it with {@link useStartSession}) or, when open, word of an e-mail sent. */
export function useRegister() {
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.register>) => api(routes.register, { body }),
  });
}

/**
 * Makes a freshly signed-in user the current one: forgets what is cached from a previous session
 * and stores the user, which lets the session guard through. Call it in the same handler as the
 * navigation that follows, so both land in one render. Queries the current (public) page still
 * shows, such as an invitation preview, stay, so the page does not flicker before it is left.
 */
export function useStartSession(): (user: User) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (user: User) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserKey[0] && !query.isActive() });
      queryClient.setQueryData(currentUserKey, user);
    },
    [queryClient],
  );
}
