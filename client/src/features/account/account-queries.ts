import { routes, type EndpointBody } from '@rounds/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';

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

/** Deletes the account; then a fresh page load says so, keeping nothing of the person in memory. */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.deleteAccount>) => api(routes.deleteAccount, { body }),
    onSuccess: () => window.location.assign('/account-deleted'),
  });
}
