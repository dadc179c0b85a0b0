/**
 * The ids of every check, from the registry (checks/registry.ts lists them in checklist order).
 * They are part of the plugin's public contract (`data-test="check-<id>"`).
 */
import type { AnyCheck } from './checks/registry';

export type CheckId = AnyCheck['id'];

export type CheckGroup = 'platform' | 'devspaces' | 'workspaces';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'na';
