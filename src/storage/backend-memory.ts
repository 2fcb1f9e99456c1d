import {
  answerMap,
  entryOf,
  sameCheck,
  snapshotOf,
  withAnswer,
  type Snapshot,
  type Summarizer,
} from './snapshot';
import type { AnswerRecord, Backend, EventRecord, SessionRecord } from './types';

const clone = <T>(v: T): T => structuredClone(v);
const answerKey = (sessionId: string, itemId: string) => `${sessionId}\u0000${itemId}`;

/**
 * Keeps everything in memory when IndexedDB cannot be used; lost when the page closes. Each
 * method changes its maps without awaiting in between, after cloning what it stores, so a write
 * is whole or not at all, like a transaction.
 */
export class MemoryBackend implements Backend {
  readonly kind = 'memory';
  private sessions = new Map<string, SessionRecord>();
  private answers = new Map<string, AnswerRecord>();
  private settings = new Map<string, unknown>();
  private events = new Map<string, EventRecord>();
  private snapshots = new Map<string, Snapshot>();

  async getSession(id: string) {
    const s = this.sessions.get(id);
    return s && clone(s);
  }

  async putSession(session: SessionRecord) {
    this.sessions.set(session.id, clone(session));
  }

  async updateSession(
    id: string,
    change: (s: SessionRecord) => SessionRecord,
    summarizer?: Summarizer,
  ) {
    const s = this.sessions.get(id);
    if (!s) return undefined;
    const next = clone(change(clone(s)));
    const old = this.snapshots.get(id);
    const snap =
      next.completedAt &&
      (old && !summarizer
        ? { ...old, session: next }
        : snapshotOf(next, answerMap(this.answersOf(id)), summarizer));
    this.sessions.set(id, next);
    if (snap) this.snapshots.set(id, snap);
    return clone(next);
  }

  private answersOf(sessionId: string) {
    return [...this.answers.values()].filter((a) => a.sessionId === sessionId);
  }

  async listSessions() {
    return [...this.sessions.values()].map(clone);
  }

  async listOpenSessions() {
    return [...this.sessions.values()].filter((s) => !s.completedAt).map(clone);
  }

  async storedIds(ids: readonly string[]) {
    return new Set(ids.filter((id) => this.sessions.has(id)));
  }

  async deleteSession(id: string) {
    this.removeCheck(id);
  }

  private removeCheck(id: string) {
    this.sessions.delete(id);
    this.snapshots.delete(id);
    for (const a of this.answersOf(id)) this.answers.delete(answerKey(id, a.itemId));
  }

  async putAnswer(answer: AnswerRecord) {
    this.changeAnswer(answer.sessionId, answer.itemId, clone(answer));
  }

  async deleteAnswer(sessionId: string, itemId: string) {
    this.changeAnswer(sessionId, itemId, null);
  }

  private changeAnswer(sessionId: string, itemId: string, answer: AnswerRecord | null) {
    const snap = this.snapshots.get(sessionId);
    if (snap) this.snapshots.set(sessionId, withAnswer(snap, itemId, answer?.value ?? null));
    if (answer) this.answers.set(answerKey(sessionId, itemId), answer);
    else this.answers.delete(answerKey(sessionId, itemId));
  }

  async getAnswers(sessionId: string) {
    return this.answersOf(sessionId).map(clone);
  }

  async allAnswers() {
    return [...this.answers.values()].map(clone);
  }

  async writeChecks(
    checks: { session: SessionRecord; answers: AnswerRecord[] }[],
    events: EventRecord[] = [],
    summarizer?: Summarizer,
  ) {
    const copies = clone({ checks, events });
    const snaps = copies.checks.map(
      (c) => c.session.completedAt && snapshotOf(c.session, answerMap(c.answers), summarizer),
    );
    for (const e of copies.events) this.events.set(e.id, e);
    copies.checks.forEach(({ session, answers }, i) => {
      this.removeCheck(session.id);
      this.sessions.set(session.id, session);
      for (const a of answers) this.answers.set(answerKey(a.sessionId, a.itemId), a);
      const snap = snaps[i];
      if (snap) this.snapshots.set(session.id, snap);
    });
  }

  async getSnapshot(id: string) {
    const s = this.snapshots.get(id);
    return s && clone(s);
  }

  /** A completed check's snapshot, built from its answers where none was written. */
  private currentSnapshot(id: string) {
    const session = this.sessions.get(id);
    if (!session?.completedAt) return undefined;
    return this.snapshots.get(id) ?? snapshotOf(session, answerMap(this.answersOf(id)));
  }

  async readPool(version: string) {
    const entries = [];
    const stale = [];
    for (const s of this.sessions.values()) {
      if (!s.completedAt) continue;
      const snap = this.snapshots.get(s.id);
      if (snap?.summary?.version === version)
        entries.push(clone(entryOf(snap.session, snap.summary)));
      else stale.push(s.id);
    }
    return { entries, stale };
  }

  async getSnapshots(ids: readonly string[]) {
    return ids.flatMap((id) => this.currentSnapshot(id) ?? []).map(clone);
  }

  async putSummaries(snaps: readonly Snapshot[]) {
    const keep = snaps.filter((snap) => {
      const now = this.currentSnapshot(snap.id);
      return now && sameCheck(now, snap);
    });
    for (const snap of clone(keep)) this.snapshots.set(snap.id, snap);
  }

  async clearChecks() {
    this.sessions.clear();
    this.answers.clear();
    this.events.clear();
    this.snapshots.clear();
  }

  async getEvent(id: string) {
    const e = this.events.get(id);
    return e && clone(e);
  }

  async putEvent(event: EventRecord) {
    this.events.set(event.id, clone(event));
  }

  async listEvents() {
    return [...this.events.values()].map(clone);
  }

  async deleteEvent(id: string) {
    this.events.delete(id);
    for (const s of [...this.sessions.values()]) if (s.eventId === id) this.removeCheck(s.id);
  }

  async getSetting<T>(key: string) {
    return this.settings.get(key) as T | undefined;
  }

  async putSetting(key: string, value: unknown) {
    this.settings.set(key, clone(value));
  }
}
