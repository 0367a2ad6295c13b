import * as migration_20261127_200937_initial from './20261127_200937_initial';

export const migrations = [
  {
    up: migration_20261127_200937_initial.up,
    down: migration_20261127_200937_initial.down,
    name: '20261127_200937_initial'
  },
];
