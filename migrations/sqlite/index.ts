import * as migration_20261127_204659_initial from './20261127_204659_initial';
import * as migration_20261129_020027_roles_and_schedule from './20261129_020027_roles_and_schedule';

export const migrations = [
  {
    up: migration_20261127_204659_initial.up,
    down: migration_20261127_204659_initial.down,
    name: '20261127_204659_initial',
  },
  {
    up: migration_20261129_020027_roles_and_schedule.up,
    down: migration_20261129_020027_roles_and_schedule.down,
    name: '20261129_020027_roles_and_schedule'
  },
];
