import { routes, type EndpointBody } from '@rounds/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { withNotice } from '../../lib/navigation-notice';
import { currentUserKey } from '../../lib/query-client';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.changePassword>) => api(routes.changePassword, { body }),
  });
}

/** Ends every sign-in, this one too; then the sign-in page is loaded afresh, as after signing out. */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: () => api(routes.signOutEverywhere),
    onSuccess: () => window.location.assign('/sign-in'),
  });
}

/**
 * Deletes the account; then everything cached about the person is dropped and the sign-in page says the account
 * is gone (the session guard sees nobody signed in).
 */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.deleteAccount>) => api(routes.deleteAccount, { body }),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(currentUserKey, null);
      void navigate('/sign-in', {
        replace: true,
        state: withNotice('Your account is deleted, and you are signed out everywhere. Thank you for practising with Rounds.'),
      });
    },
  });
}
