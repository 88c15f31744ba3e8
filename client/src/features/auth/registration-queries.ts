import { routes } from '@rounds/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Finishes an open registration with the token from its e-mail; the server signs the new account in. */
export function useConfirmRegistration() {
  return useMutation({
    mutationFn: (token: string) => api(routes.confirmRegistration, { body: { token } }),
  });
}
