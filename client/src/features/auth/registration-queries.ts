import { routes, type EndpointBody } from '@rounds/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Finishes an open registration with the token from its e-mail and the password; the server signs the new account in. */
export function useConfirmRegistration() {
  return useMutation({
    mutationFn: (body: EndpointBody<typeof routes.confirmRegistration>) => api(routes.confirmRegistration, { body }),
  });
}
