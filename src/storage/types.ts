// The stored shapes are defined once, in schema/; this module only gathers their types.
export type { AnswerRecord, ExportedAnswer } from './schema/answer';
export type { NetworkContact } from './schema/contact';
export type { EventPrivacy, EventRecord } from './schema/event';
export type { ExportFile } from './schema/file';
export type { FollowUp } from './schema/follow-up';
export type { Arrival, Origin } from './schema/origin';
export type { PlanEntry } from './schema/plan-entry';
export type { ExportedSession, Role, SessionRecord } from './schema/session';
export type { KioskState, SettingKey, Settings } from './schema/settings';
