import type { Translate } from '../../core/translate';
import type { CheckId } from '../../core/results';
import { checkDefinition } from '../../core/checks/registry';

/** The short name of each check, as the checklist shows it (its folder's `text.ts` words it). */
export const checkTitle = (t: Translate, id: CheckId): string => checkDefinition(id).text.title(t);
