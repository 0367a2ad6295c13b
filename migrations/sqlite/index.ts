import * as migration_20261127_204659_initial from './20261127_204659_initial';
import * as migration_20261129_012801_read_indexes from './20261129_012801_read_indexes';

export const migrations = [
  {
    up: migration_20261127_204659_initial.up,
    down: migration_20261127_204659_initial.down,
    name: '20261127_204659_initial',
  },
  {
    up: migration_20261129_012801_read_indexes.up,
    down: migration_20261129_012801_read_indexes.down,
    name: '20261129_012801_read_indexes'
  },
];
