import * as migration_20261127_200945_initial from './20261127_200945_initial';

export const migrations = [
  {
    up: migration_20261127_200945_initial.up,
    down: migration_20261127_200945_initial.down,
    name: '20261127_200945_initial'
  },
];
