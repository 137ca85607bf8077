import "server-only";
// An election's map layer: the GeoJSON or TopoJSON shapes of its precincts or districts, uploaded by
// an editor, that the race maps draw units without a county FIPS code with. A file is checked whole
// (lib/domain/map-layer.ts) before anything is kept: a bad one is refused with its reason and the
// layer already there stays. The answer says which units the layer has a shape for, and which not.
//
// Like the photo upload, the command is handed a way to read the file: it checks who is asking
// and that the election exists before it reads a byte.
import { MAX_MAP_LAYER_BYTES, matchLayerUnits, parseMapLayer, storedLayerText } from "@/lib/domain/map-layer";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { auditData } from "@/lib/server/audit";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { db } from "@/lib/server/db";
import { invalid, notFound, payloadTooLarge } from "@/lib/server/errors";
import { UnreadableBody } from "@/lib/server/request-body";

export type MapLayerUpload = () => Promise<Uint8Array | UnreadableBody>;

export interface MapLayerReport {
  property: string;
  featureCount: number;
  /** Units (of every race in the election without a county shape) the layer has a shape for. */
  matchedUnits: string[];
  unmatchedUnits: string[];
  /** Property values that name no unit. */
  unmatchedFeatures: string[];
}

async function loadElection(slug: string) {
  const election = await db.election.findUnique({
    where: { slug },
    select: { id: true, races: { select: { units: { select: { slug: true, name: true, fips: true } } } } },
  });
  if (!election) throw notFound(`Election "${slug}"`);
  return election;
}

/** Each unit the layer is for once, though several races share it (Demo County's districts). */
function layerUnits(election: Awaited<ReturnType<typeof loadElection>>) {
  const units = new Map<string, { slug: string; name: string }>();
  for (const unit of election.races.flatMap((r) => r.units)) if (!unit.fips) units.set(unit.name.trim().toLowerCase(), unit);
  return [...units.values()];
}

export async function setElectionMapLayer(actor: Actor | null, electionSlug: string, rawProperty: unknown, readFile: MapLayerUpload): Promise<MapLayerReport> {
  const who = authorize(actor, "election:setup");
  const election = await loadElection(electionSlug);
  const property = typeof rawProperty === "string" ? rawProperty.trim() : "";
  if (!property || property.length > 100) throw invalid({ property: "name the feature property that holds each unit's name or slug" });

  const bytes = await readFile();
  if (bytes instanceof UnreadableBody) throw bytes.error;
  if (bytes.byteLength === 0) throw invalid({ file: "is empty: choose a GeoJSON or TopoJSON file" });
  if (bytes.byteLength > MAX_MAP_LAYER_BYTES) throw payloadTooLarge(`The map file is larger than ${MAX_MAP_LAYER_BYTES / 1024 / 1024} MB.`);
  const parsed = parseMapLayer(Buffer.from(bytes).toString("utf8"), property);
  if (!parsed.ok) throw invalid({ file: parsed.message }, parsed.message);

  const units = layerUnits(election);
  const match = matchLayerUnits(parsed.features, property, units);
  const report: MapLayerReport = {
    property,
    featureCount: parsed.features.length,
    matchedUnits: units.filter((u) => match.shapes.has(u.slug)).map((u) => u.name),
    unmatchedUnits: match.unmatchedUnits,
    unmatchedFeatures: match.unmatchedFeatures,
  };
  const data = { property, geojson: storedLayerText(parsed.features), featureCount: parsed.features.length, illustrative: false, uploadedById: who.userId, uploadedByLabel: who.name, uploadedAt: new Date() };
  await db.$transaction([
    db.electionMapLayer.upsert({ where: { electionId: election.id }, create: { electionId: election.id, ...data }, update: data }),
    db.auditEvent.create({
      data: auditData({ action: "election.map_layer_set", actor: who, subjectType: "Election", subjectId: election.id, detail: { ...report, bytes: bytes.byteLength } }),
    }),
  ]);
  // Every race page of the election may draw, or stop drawing, a map.
  invalidateEverything();
  return report;
}

export async function removeElectionMapLayer(actor: Actor | null, electionSlug: string): Promise<{ removed: boolean }> {
  const who = authorize(actor, "election:setup");
  const election = await loadElection(electionSlug);
  const [{ count }] = await db.$transaction([
    db.electionMapLayer.deleteMany({ where: { electionId: election.id } }),
    db.auditEvent.create({ data: auditData({ action: "election.map_layer_removed", actor: who, subjectType: "Election", subjectId: election.id }) }),
  ]);
  invalidateEverything();
  return { removed: count > 0 };
}
