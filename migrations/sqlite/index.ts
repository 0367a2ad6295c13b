import * as migration_20261127_195552_initial from './20261127_195552_initial';

export const migrations = [
  {
    up: migration_20261127_195552_initial.up,
    down: migration_20261127_195552_initial.down,
    name: '20261127_195552_initial'
  },
];
