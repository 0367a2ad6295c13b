import * as migration_20261127_204705_initial from './20261127_204705_initial';

export const migrations = [
  {
    up: migration_20261127_204705_initial.up,
    down: migration_20261127_204705_initial.down,
    name: '20261127_204705_initial'
  },
];
