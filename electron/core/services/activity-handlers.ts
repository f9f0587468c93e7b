/**
 * The activities API. Its own file so that the services it calls do not import each other in a circle:
 * copy-activities.ts builds on activities.ts, and only this map names both.
 */
import type { Handlers } from '../handler'
import {
  createActivity,
  deleteActivity,
  duplicateActivity,
  getActivity,
  listActivities,
  updateActivity,
} from './activities'
import { searchActivities } from './activity-search'
import { copyActivities } from './copy-activities'

export const activityHandlers: Handlers<
  | 'activities.list'
  | 'activities.search'
  | 'activities.get'
  | 'activities.create'
  | 'activities.update'
  | 'activities.delete'
  | 'activities.duplicate'
  | 'activities.copyToOrganisation'
> = {
  'activities.list': (ctx, input) => listActivities(ctx, input.organisationId),
  'activities.search': (ctx, input) => searchActivities(ctx, input),
  'activities.get': (ctx, input) => getActivity(ctx, input.id),
  'activities.create': (ctx, input) => createActivity(ctx, input.organisationId, input.activity),
  'activities.update': (ctx, input) =>
    updateActivity(ctx, input.id, input.activity, input.expectedUpdatedAt ?? null),
  'activities.delete': (ctx, input) => deleteActivity(ctx, input.id),
  'activities.duplicate': (ctx, input) => duplicateActivity(ctx, input.id),
  'activities.copyToOrganisation': (ctx, input) => copyActivities(ctx, input.ids, input.targetOrganisationId),
}
