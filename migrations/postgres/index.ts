import * as migration_20261127_202118_initial from './20261127_202118_initial';

export const migrations = [
  {
    up: migration_20261127_202118_initial.up,
    down: migration_20261127_202118_initial.down,
    name: '20261127_202118_initial'
  },
];
