import * as migration_20261127_203139_initial from './20261127_203139_initial';

export const migrations = [
  {
    up: migration_20261127_203139_initial.up,
    down: migration_20261127_203139_initial.down,
    name: '20261127_203139_initial'
  },
];
