import * as React from 'react';
import type { YamlRemedy } from '../core/results';
import { remedyText } from '../core/remedyYaml';
import { RemedyCopy } from './RemedyCopy';

/**
 * A YAML remedy rendered with the `yaml` library: its own chunk, fetched when the administrator
 * asks for the object, which is then shown whole.
 */
export const RemedyYamlCopy: React.FC<{ remedy: YamlRemedy; explanation: string }> = ({
  remedy,
  explanation,
}) => <RemedyCopy text={remedyText(remedy)} yaml expanded explanation={explanation} />;
