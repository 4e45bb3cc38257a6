import type { Migration } from './types';
import { migration0001 } from './0001_init';
import { migration0002 } from './0002_meetings_conclusions_register';
import { migration0003 } from './0003_tasks';
import { migration0004 } from './0004_search_keys';
import { migration0005 } from './0005_list_indexes';
import { migration0006 } from './0006_task_units_open';
import { migration0007 } from './0007_search_contentless';
import { migration0008 } from './0008_change_log';
import { migration0009 } from './0009_exchange';
import { migration0010 } from './0010_register_history';
import { migration0011 } from './0011_change_order';
import { migration0012 } from './0012_snapshot_heads';

/** Bundled statically (no directory scan), so the packaged app and the CLI run the same list. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012];

export const LATEST_SCHEMA_VERSION = migrations.length;
