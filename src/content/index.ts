import { barriers, triages } from './barriers';
import { dimensions } from './dimensions';
import { figures } from './figures';
import { networkFigures } from './figures-network';
import { instruments } from './instruments';
import { phaseSteps } from './phases';
import { coordinatorRecommendations } from './recommendations-coordinator';
import { kmuRecommendations } from './recommendations-kmu';
import type { Citation } from './schema';
import { serviceIdeas } from './services';
import { netzwerkItemSources } from './netzwerk/item-sources';

/** All content, for tests and integrity checks. */
export const content = {
  instruments,
  dimensions,
  barriers,
  triages,
  figures: [...figures, ...networkFigures],
  recommendations: [...kmuRecommendations, ...coordinatorRecommendations],
  phaseSteps,
  serviceIdeas,
};

/** Every citation in the content with the id of what carries it. */
export function allCitations(): { owner: string; citation: Citation }[] {
  const out: { owner: string; citation: Citation }[] = [];
  const add = (owner: string, cs: readonly Citation[] | undefined) =>
    cs?.forEach((citation) => out.push({ owner, citation }));
  for (const t of content.triages) add(t.id, t.citations);
  for (const f of content.figures) add(f.id, f.citations);
  for (const r of content.recommendations) add(r.id, r.citations);
  for (const p of content.phaseSteps) add(p.id, p.citations);
  for (const s of content.serviceIdeas) add(s.id, s.citations);
  const items = new Map(
    content.instruments.flatMap((i) => i.blocks.flatMap((b) => b.items)).map((i) => [i.id, i]),
  );
  for (const item of items.values()) add(item.id, item.citations);
  for (const [id, citation] of Object.entries(netzwerkItemSources)) add(id, [citation]);
  return out;
}
