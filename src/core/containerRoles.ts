/**
 * The role of each container of a workspace pod, and what the operators give each role
 * (DOMAIN.md "Whose workspaces, whose pods"):
 * - `tool`: a devfile container (devfile/devworkspace-operator pkg/library/container
 *   convertContainerToK8s); podman runs here, so it needs the nested-podman settings: the common
 *   env with HOST_USERS=false (pkg/library/env/workspaceenv.go AddCommonEnvironmentVariables) and
 *   the DWOC's security context (procMount Unmasked);
 * - `routing`: `che-gateway`, which che-operator's routing solver adds to every `routingClass: che`
 *   workspace (controllers/devworkspace/solver/che_routing.go provisionPodAdditions). It is merged
 *   after the env was added (controllers/workspace/devworkspace_controller.go), so it never has
 *   HOST_USERS, and gets the DWOC's security context (pkg/provision/workspace/routing.go); it runs
 *   traefik, not podman;
 * - `project-clone`: DWO's init container (pkg/library/projects/clone.go), built bare: the env
 *   (GetEnvironmentVariablesForProjectClone) but no security context;
 * - `init`: other init containers (the editor's injector, persistent home): they run before the
 *   workspace and never run podman, so nothing is asked of them.
 */
import { dict, str } from './guards';

export type ContainerRole = 'tool' | 'routing' | 'project-clone' | 'init';

/** che-operator che_routing.go wsGatewayName. */
const ROUTING_CONTAINER = 'che-gateway';
/** devworkspace-operator clone.go ProjectClonerContainerName. */
const PROJECT_CLONE_CONTAINER = 'project-clone';

/** What each role is judged for: the env HOST_USERS=false, procMount Unmasked, and whether a miss stops podman. */
export const JUDGED: Readonly<
  Record<ContainerRole, { env: boolean; procMount: boolean; fatal: boolean }>
> = {
  tool: { env: true, procMount: true, fatal: true },
  routing: { env: false, procMount: true, fatal: false },
  'project-clone': { env: true, procMount: false, fatal: false },
  init: { env: false, procMount: false, fatal: false },
};

/** The role of a container by its name and list (the operators' fixed names). */
export const roleOf = (container: unknown, init: boolean): ContainerRole => {
  const name = str(dict(container).name);
  if (init) return name === PROJECT_CLONE_CONTAINER ? 'project-clone' : 'init';
  return name === ROUTING_CONTAINER ? 'routing' : 'tool';
};
