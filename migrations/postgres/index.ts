import * as migration_20261127_204705_initial from './20261127_204705_initial';
import * as migration_20261129_023840_roles_import_identity from './20261129_023840_roles_import_identity';
import * as migration_20261129_024539_change_log from './20261129_024539_change_log';

export const migrations = [
  {
    up: migration_20261127_204705_initial.up,
    down: migration_20261127_204705_initial.down,
    name: '20261127_204705_initial',
  },
  {
    up: migration_20261129_023840_roles_import_identity.up,
    down: migration_20261129_023840_roles_import_identity.down,
    name: '20261129_023840_roles_import_identity',
  },
  {
    up: migration_20261129_024539_change_log.up,
    down: migration_20261129_024539_change_log.down,
    name: '20261129_024539_change_log'
  },
];
