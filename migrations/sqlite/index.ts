import * as migration_20261127_204659_initial from './20261127_204659_initial';
import * as migration_20261129_021255_read_also_links_unique_source from './20261129_021255_read_also_links_unique_source';

export const migrations = [
  {
    up: migration_20261127_204659_initial.up,
    down: migration_20261127_204659_initial.down,
    name: '20261127_204659_initial',
  },
  {
    up: migration_20261129_021255_read_also_links_unique_source.up,
    down: migration_20261129_021255_read_also_links_unique_source.down,
    name: '20261129_021255_read_also_links_unique_source'
  },
];
