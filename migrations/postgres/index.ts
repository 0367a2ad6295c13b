import * as migration_20261127_204705_initial from './20261127_204705_initial';
import * as migration_20261129_032430_schema_2 from './20261129_032430_schema_2';
import * as migration_20261129_044324_webhooks from './20261129_044324_webhooks';
import * as migration_20261129_061149_media_storage_fields from './20261129_061149_media_storage_fields';
import * as migration_20261129_081835_read_also_saves from './20261129_081835_read_also_saves';
import * as migration_20261129_150809_sort_index from './20261129_150809_sort_index';
import * as migration_20261129_160000_article_status_counts from './20261129_160000_article_status_counts';
import * as migration_20261129_190000_content_generation from './20261129_190000_content_generation';
import * as migration_20261130_192307_read_also_pending from './20261130_192307_read_also_pending';

export const migrations = [
  {
    up: migration_20261127_204705_initial.up,
    down: migration_20261127_204705_initial.down,
    name: '20261127_204705_initial',
  },
  {
    up: migration_20261129_032430_schema_2.up,
    down: migration_20261129_032430_schema_2.down,
    name: '20261129_032430_schema_2',
  },
  {
    up: migration_20261129_044324_webhooks.up,
    down: migration_20261129_044324_webhooks.down,
    name: '20261129_044324_webhooks',
  },
  {
    up: migration_20261129_061149_media_storage_fields.up,
    down: migration_20261129_061149_media_storage_fields.down,
    name: '20261129_061149_media_storage_fields',
  },
  {
    up: migration_20261129_081835_read_also_saves.up,
    down: migration_20261129_081835_read_also_saves.down,
    name: '20261129_081835_read_also_saves',
  },
  {
    up: migration_20261129_150809_sort_index.up,
    down: migration_20261129_150809_sort_index.down,
    name: '20261129_150809_sort_index',
  },
  {
    up: migration_20261129_160000_article_status_counts.up,
    down: migration_20261129_160000_article_status_counts.down,
    name: '20261129_160000_article_status_counts',
  },
  {
    up: migration_20261129_190000_content_generation.up,
    down: migration_20261129_190000_content_generation.down,
    name: '20261129_190000_content_generation',
  },
  {
    up: migration_20261130_192307_read_also_pending.up,
    down: migration_20261130_192307_read_also_pending.down,
    name: '20261130_192307_read_also_pending'
  },
];
