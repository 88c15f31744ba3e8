import { routes, type EndpointBody } from '@rounds/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.requestPasswordReset>) => api(routes.requestPasswordReset, { body }),
  });
}

/** Sets a new password with the token from a reset link. */
export function useResetPassword() {
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.resetPassword>) => api(routes.resetPassword, { body }),
  });
}
