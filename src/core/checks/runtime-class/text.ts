import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What runtime-class says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'show-runtime-class'> = {
  title: (t) => t('Workspace runtime class'),
  reasons: {
    'runtime-class-unset': (t) => t('Workspace pods use the cluster default runtime handler.'),
    'runtime-class-set': (t, p) =>
      t(
        'Workspace pods run with RuntimeClass {{name}}: its runtime handler must support user namespaces (hostUsers: false) and the io.kubernetes.cri-o.Devices annotation; verify it does.',
        p,
      ),
  },
  remedies: {
    'show-runtime-class': (t) => t('Show the RuntimeClass and the handler it names.'),
  },
  details: {
    'runtimeClass.devicesAnnotation': (t) => t('Annotation the runtime handler must honour'),
  },
};
