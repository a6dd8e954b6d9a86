/**
 * The pipeline's named components, wired once. Reference data (taxonomy,
 * gazetteer) loads lazily and is shared by every document in the process.
 */
import { getGazetteer } from '../gazetteer/index.ts';
import { loadTaxonomy } from '../taxonomy/index.ts';
import type { PipelineComponents } from './process.ts';
import { companyRecogniser } from './recognise/company.ts';
import { createIndustryRecogniser } from './recognise/industry.ts';
import { organizationRecogniser } from './recognise/organization.ts';
import { programRecogniser } from './recognise/program.ts';
import { createRegionRecogniser } from './recognise/region.ts';
import type { ReferenceData } from './types.ts';

let cached: PipelineComponents | null = null;

export function defaultComponents(): PipelineComponents {
  if (cached) return cached;
  const taxonomy = loadTaxonomy();
  const gazetteer = getGazetteer();
  const reference: ReferenceData = {
    taxonomyVersion: taxonomy.version,
    ancestry(nodeId) {
      if (nodeId.startsWith('industry:')) return taxonomy.ancestry(nodeId);
      if (nodeId.startsWith('region:')) return gazetteer.ancestry(nodeId);
      return { nodes: [], relationships: [] };
    },
  };
  const placeRecognisers = [createRegionRecogniser(gazetteer)];
  cached = {
    recognisers: [
      ...placeRecognisers,
      createIndustryRecogniser(taxonomy),
      companyRecogniser,
      programRecogniser,
      organizationRecogniser,
    ],
    placeRecognisers,
    rules: [],
    facts: () => [],
    reference,
  };
  return cached;
}
