// Entry of a simulation thread: a worker's entry file is not passed through the loaders of the
// process that started it, so it registers tsx itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
