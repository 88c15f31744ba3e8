import { routes, type EndpointBody, type ScriptFilter, type ScriptInput } from '@rounds/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useCohorts } from '../cohorts/cohort-queries';

const scriptKeys = {
  all: ['scripts'] as const,
  list: (filter: ScriptFilter = {}) => [...scriptKeys.all, 'list', filter] as const,
  detail: (scriptId: string) => [...scriptKeys.all, 'detail', scriptId] as const,
};

/** Built-in default scripts (one per track × persona) and the person's cohorts' own. */
export function useScripts(filter: ScriptFilter = {}) {
  return useQuery({
    queryKey: scriptKeys.list(filter),
    queryFn: ({ signal }) => api(routes.listScripts, { query: filter, signal }),
  });
}

/** A script with its sections and questions, in the view the person's role allows. */
export function useScript(scriptId: string) {
  return useQuery({
    queryKey: scriptKeys.detail(scriptId),
    queryFn: ({ signal }) => api(routes.getScript, { params: { scriptId }, signal }),
  });
}

export function useCreateScript() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cohortId, body }: { cohortId: string; body: ScriptInput }) =>
      api(routes.createScript, { params: { cohortId }, body }),
    onSuccess: (script) => {
      queryClient.setQueryData(scriptKeys.detail(script.id), script);
      return queryClient.invalidateQueries({ queryKey: scriptKeys.list() });
    },
  });
}

export function useUpdateScript(scriptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScriptInput) => api(routes.updateScript, { params: { scriptId }, body }),
    onSuccess: (script) => {
      queryClient.setQueryData(scriptKeys.detail(script.id), script);
      return queryClient.invalidateQueries({ queryKey: scriptKeys.list() });
    },
  });
}

export function useCloneScript() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ scriptId, ...body }: { scriptId: string } & EndpointBody<typeof routes.cloneScript>) =>
      api(routes.cloneScript, { params: { scriptId }, body }),
    onSuccess: (script) => {
      queryClient.setQueryData(scriptKeys.detail(script.id), script);
      return queryClient.invalidateQueries({ queryKey: scriptKeys.list() });
    },
  });
}

export function useRetireScript(scriptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(routes.retireScript, { params: { scriptId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scriptKeys.all }),
  });
}

/** The cohorts the signed-in person coordinates: where they may build, clone and edit scripts. */
export function useCoordinatedCohorts() {
  const cohorts = useCohorts();
  const coordinated = cohorts.data?.filter((cohort) => cohort.myRoles.includes('coordinator')) ?? [];
  return { cohorts, coordinated };
}
