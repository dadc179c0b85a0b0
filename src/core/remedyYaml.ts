/** The text a remedy is copied as: the command itself, or its object rendered as YAML. */
import { stringify } from 'yaml';
import type { Remedy } from './results';

export const remedyText = (remedy: Remedy): string =>
  remedy.kind === 'oc' ? remedy.text : stringify(remedy.value);
