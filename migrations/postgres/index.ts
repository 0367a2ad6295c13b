import * as migration_20261127_204705_initial from './20261127_204705_initial';
import * as migration_20261129_012825_read_indexes from './20261129_012825_read_indexes';

export const migrations = [
  {
    up: migration_20261127_204705_initial.up,
    down: migration_20261127_204705_initial.down,
    name: '20261127_204705_initial',
  },
  {
    up: migration_20261129_012825_read_indexes.up,
    down: migration_20261129_012825_read_indexes.down,
    name: '20261129_012825_read_indexes'
  },
];
