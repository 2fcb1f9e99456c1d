import type { AnswerRecord, Backend, EventRecord, SessionRecord } from './types';

const clone = <T>(v: T): T => structuredClone(v);

/** Keeps everything in memory when IndexedDB cannot be used; lost when the page closes. */
export class MemoryBackend implements Backend {
  readonly kind = 'memory';
  private sessions = new Map<string, SessionRecord>();
  private answers = new Map<string, AnswerRecord>();
  private settings = new Map<string, unknown>();
  private events = new Map<string, EventRecord>();

  async getSession(id: string) {
    const s = this.sessions.get(id);
    return s && clone(s);
  }

  async putSession(session: SessionRecord) {
    this.sessions.set(session.id, clone(session));
  }

  async updateSession(id: string, change: (s: SessionRecord) => SessionRecord) {
    const s = this.sessions.get(id);
    if (!s) return undefined;
    const next = change(clone(s));
    this.sessions.set(id, clone(next));
    return next;
  }

  async listSessions() {
    return [...this.sessions.values()].map(clone);
  }

  async deleteSession(id: string) {
    this.sessions.delete(id);
    for (const [k, a] of this.answers) if (a.sessionId === id) this.answers.delete(k);
  }

  async putAnswer(answer: AnswerRecord) {
    this.answers.set(`${answer.sessionId}\u0000${answer.itemId}`, clone(answer));
  }

  async deleteAnswer(sessionId: string, itemId: string) {
    this.answers.delete(`${sessionId}\u0000${itemId}`);
  }

  async getAnswers(sessionId: string) {
    return [...this.answers.values()].filter((a) => a.sessionId === sessionId).map(clone);
  }

  async allAnswers() {
    return [...this.answers.values()].map(clone);
  }

  async writeChecks(
    checks: { session: SessionRecord; answers: AnswerRecord[] }[],
    events: EventRecord[] = [],
  ) {
    for (const e of events) await this.putEvent(e);
    for (const c of checks) {
      for (const [k, a] of this.answers) if (a.sessionId === c.session.id) this.answers.delete(k);
      await this.putSession(c.session);
      for (const a of c.answers) await this.putAnswer(a);
    }
  }

  async clearChecks() {
    this.sessions.clear();
    this.answers.clear();
    this.events.clear();
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
    for (const s of [...this.sessions.values()])
      if (s.eventId === id) await this.deleteSession(s.id);
  }

  async getSetting<T>(key: string) {
    return this.settings.get(key) as T | undefined;
  }

  async putSetting(key: string, value: unknown) {
    this.settings.set(key, clone(value));
  }
}
