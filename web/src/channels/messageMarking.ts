// The markings a message may carry in a channel: no higher classification than the channel's
// (nor the author's clearance), and distributed to everyone the channel reaches or narrowed to
// the author's own agency. The server checks the same cap; this only keeps the picker honest.

import { CLASSIFICATIONS, type Classification, type Distribution, type Marking, type MarkingRequest, type Uuid } from "../types";

export type Scope = "channel" | "own_agency";

/** Classifications the picker offers: up to the channel's and the author's clearance. */
export function allowedClassifications(channel: Marking, clearance: Classification): Classification[] {
  const cap = Math.min(CLASSIFICATIONS.indexOf(channel.classification), CLASSIFICATIONS.indexOf(clearance));
  return CLASSIFICATIONS.slice(0, cap + 1);
}

/** The channel's distribution said from the author's agency (the message is owned by it). */
function channelDistribution(channel: Marking, agency: Uuid): Distribution {
  const d = channel.distribution;
  if (d.kind !== "agencies") return d;
  const reach = new Set([channel.owner.agency, ...d.agencies]);
  reach.delete(agency);
  return reach.size === 0 ? { kind: "own_agency" } : { kind: "agencies", agencies: [...reach] };
}

/** The marking to send, or undefined for the channel's own (the server's default). */
export function messageMarking(
  channel: Marking,
  agency: Uuid,
  classification: Classification,
  scope: Scope,
): MarkingRequest | undefined {
  if (classification === channel.classification && scope === "channel") return undefined;
  return {
    classification,
    distribution: scope === "own_agency" ? { kind: "own_agency" } : channelDistribution(channel, agency),
    handling: [],
    pointer: false,
  };
}
