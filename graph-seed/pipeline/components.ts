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
import { createZoneRecogniser } from './recognise/zone.ts';
import { extractFacts } from './facts/index.ts';
import { activeInRule } from './relate/active-in.ts';
import { createAppliesToRule } from './relate/applies-to.ts';
import { citesRule } from './relate/cites.ts';
import { createCooperatesWithRule } from './relate/cooperates-with.ts';
import { createDevelopsRule } from './relate/develops.ts';
import { createIssuedByRule } from './relate/issued-by.ts';
import { createLocatedInRule } from './relate/located-in.ts';
import { responsibleForRule } from './relate/responsible-for.ts';
import { createTargetsRule } from './relate/targets.ts';
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
  const placeRecognisers = [createZoneRecogniser(gazetteer), createRegionRecogniser(gazetteer)];
  const industryRecogniser = createIndustryRecogniser(taxonomy);
  cached = {
    recognisers: [...placeRecognisers, industryRecogniser, companyRecogniser, programRecogniser, organizationRecogniser],
    placeRecognisers,
    rules: [
      // A chain named by its parts (光芯屏端网) is developed part by part too; those edges carry properties.via.
      createDevelopsRule(taxonomy, { expandNamedParts: true }),
      createLocatedInRule(gazetteer),
      createCooperatesWithRule(gazetteer),
      activeInRule,
      citesRule,
      createIssuedByRule(organizationRecogniser),
      createAppliesToRule(placeRecognisers),
      createTargetsRule(industryRecogniser),
      responsibleForRule,
    ],
    facts: extractFacts,
    reference,
  };
  return cached;
}
