import * as migration_20261127_204659_initial from './20261127_204659_initial';
import * as migration_20261129_023824_roles_import_identity from './20261129_023824_roles_import_identity';
import * as migration_20261129_024522_change_log from './20261129_024522_change_log';

export const migrations = [
  {
    up: migration_20261127_204659_initial.up,
    down: migration_20261127_204659_initial.down,
    name: '20261127_204659_initial',
  },
  {
    up: migration_20261129_023824_roles_import_identity.up,
    down: migration_20261129_023824_roles_import_identity.down,
    name: '20261129_023824_roles_import_identity',
  },
  {
    up: migration_20261129_024522_change_log.up,
    down: migration_20261129_024522_change_log.down,
    name: '20261129_024522_change_log'
  },
];
