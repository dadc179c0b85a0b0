/** The smoke test's pure half: the pod it creates and the reading of what happened to it. */
export * from './names';
export * from './podSpec';
export * from './report';
export * from './interpret';
export * from './availability';
