/** The handler of every contract method, by name. Handlers stay thin: services do the work. */
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { homeSummary } from '../home/home-service';
import { getProfile, saveProfile } from '../profile/profile-service';
import { localIsoDate } from '../system/clock';
import { integrityCheck } from '../db/integrity';
import { createUnit, deleteUnit, listUnits, reorderUnits, updateUnit } from '../units/units-service';
import type { HandlerMap } from './dispatch';

export const handlers: HandlerMap = {
  'app.info': (_input, ctx) => ({
    appName: 'Văn phòng Đảng ủy',
    version: ctx.appVersion,
    dbPath: ctx.dbPath,
    schemaVersion: Math.min(ctx.schemaVersion, LATEST_SCHEMA_VERSION),
    replicaId: ctx.replicaId,
    today: localIsoDate(ctx.clock.now()),
  }),
  'home.summary': (_input, ctx) => homeSummary(ctx),
  'db.integrityCheck': (_input, ctx) => integrityCheck(ctx),

  'profile.get': (_input, ctx) => getProfile(ctx),
  'profile.save': (input, ctx) => saveProfile(ctx, input),

  'units.list': (input, ctx) => listUnits(ctx, input),
  'units.create': (input, ctx) => createUnit(ctx, input),
  'units.update': ({ id, ...input }, ctx) => updateUnit(ctx, id, input),
  'units.delete': ({ id }, ctx) => deleteUnit(ctx, id),
  'units.reorder': ({ ids }, ctx) => reorderUnits(ctx, ids),

  'dialog.saveFile': async (input, ctx) => ({ path: await ctx.dialogs.saveFile(input) }),
  'dialog.openFile': async (input, ctx) => ({ paths: await ctx.dialogs.openFile(input) }),
};
