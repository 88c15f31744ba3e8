import { routes, type User } from '@rounds/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './api';
import { currentUserKey } from './query-client';

/** The signed-in user: `null` when signed out, `undefined` while the first check runs. */
export function useCurrentUser() {
  return useQuery({
    queryKey: currentUserKey,
    // The session probe answers { user: null } when signed out rather than 401, which browsers would log as an error.
    queryFn: async ({ signal }): Promise<User | null> => (await api(routes.session, { signal })).user,
    staleTime: 5 * 60_000,
  });
}

/** For pages behind the session guard, which only renders them once the user is known. */
export function useSignedInUser(): User {
  const { data: user } = useCurrentUser();
  if (!user) throw new Error('useSignedInUser is used outside the session guard');
  return user;
}

/**
 * Ends the session, then loads the next page afresh so nothing of this person's data stays in
 * memory (the query cache, form state) for whoever uses the browser next.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: async (nextPath: string) => {
      await api(routes.logout);
      return nextPath;
    },
    onSuccess: (nextPath) => window.location.assign(nextPath),
  });
}
