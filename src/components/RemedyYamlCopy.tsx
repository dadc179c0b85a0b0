import * as React from 'react';
import type { YamlRemedy } from '../core/results';
import { remedyText } from '../core/remedyYaml';
import { RemedyCopy } from './RemedyCopy';

/** A YAML remedy rendered with the `yaml` library: its own chunk, fetched only when one shows. */
export const RemedyYamlCopy: React.FC<{ remedy: YamlRemedy; explanation: string }> = ({
  remedy,
  explanation,
}) => <RemedyCopy text={remedyText(remedy)} yaml explanation={explanation} />;
