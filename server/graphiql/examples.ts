/**
 * Example queries for the GraphiQL page, one tab per question the schema
 * answers. Arguments typed ID also take names in any script, so the examples
 * work on any graph built from the corpus. tests/api checks each one
 * validates against the schema and runs without errors.
 */
export interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Needs the ingest token header. */
  mutation?: boolean;
}

const entityCard = `id label name aliases nameEn pinyin degree`;

export const EXAMPLES: Example[] = [
  {
    title: 'Search: 武汉经开区',
    query: `# Ranked search over names, aliases, Traditional forms, pinyin and English.
query Search($text: String!) {
  search(text: $text, limit: 10) {
    score matched matchedText
    entity { ${entityCard} }
  }
}`,
    variables: { text: '武汉经开区' },
  },
  {
    title: 'Search: 東湖高新區 (Traditional)',
    query: `# Traditional input is converted to Simplified before it reaches the store.
query SearchTraditional { search(text: "東湖高新區") { score matched matchedText entity { id name label } } }`,
  },
  {
    title: 'Search: wuhan (pinyin)',
    query: `query SearchPinyin { search(text: "wuhan", labels: [Zone, Region]) { score matched matchedText entity { id name label pinyin } } }`,
  },
  {
    title: 'Search: "new energy vehicles"',
    query: `query SearchEnglish { search(text: "new energy vehicles", labels: [Industry]) { score matched entity { id name nameEn ... on Industry { parents { name } segments { name } } } } }`,
  },
  {
    title: 'Zone card',
    query: `query Zone($name: String!) {
  zone(name: $name) {
    ${entityCard} kind
    locatedIn { id name label }
    contains { id name }
    industries { role industry { id name } relationship { evidence { text section document { title } } } }
    programs { id name kind }
    targets { kind metric value unit year industry { name } }
    documents { id title }
  }
}`,
    variables: { name: '武汉经济技术开发区' },
  },
  {
    title: 'Neighbourhood',
    query: `# Nodes and edges around a zone, ready to draw.
query Neighbourhood($ids: [ID!]!) {
  neighbourhood(ids: $ids, depth: 1, limit: 100) {
    truncated
    nodes { id label name degree }
    relationships { id type role start { id } end { id } }
  }
}`,
    variables: { ids: ['武汉经开区'] },
  },
  {
    title: 'Shared chains',
    query: `# What two zones develop in common, what is unique to each, and how similar they are.
query Shared($places: [ID!]!) {
  sharedChains(places: $places) {
    similarity
    places { id name }
    shared { industry { id name } direct { name } }
    unique { place { name } industries { name } }
  }
}`,
    variables: { places: ['武汉经开区', '十堰经开区'] },
  },
  {
    title: 'Similar zones',
    query: `query SimilarZones { similarZones(place: "武汉经开区", k: 5) { score place { id name } shared { name } } }`,
  },
  {
    title: 'Chain places and matrix',
    query: `query Chains {
  chainPlaces(chain: "汽车") { place { id name label } industries { name } }
  chainMatrix { places { name } chains { name } cells { place chain count industries } }
}`,
  },
  {
    title: 'Paths',
    query: `# Shortest connections between two entities (direction ignored).
query Paths { paths(from: "东风汽车集团有限公司", to: "十堰经开区", maxHops: 4) { length nodes { id name label } relationships { type } } }`,
  },
  {
    title: 'Program lineage',
    query: `# What a plan cites (upstream, positive depth) and what cites it (negative).
query Lineage { lineage(program: "鄂政发〔2021〕40号", direction: BOTH, depth: 5) {
  root { name docNumber }
  entries { depth program { name docNumber issuers { name } } }
  relationships { start { name } end { name } }
} }`,
  },
  {
    title: 'Programs for a place',
    query: `query Programs { programs(place: "湖北省", includeContained: true) { id name kind docNumber issuedOn issuers { name } targets { name } } }`,
  },
  {
    title: 'Evidence of a relationship',
    query: `# Every relationship carries the sentences that state it.
query Evidence($zone: String!) {
  zone(name: $zone) {
    relationships(types: [DEVELOPS, LOCATED_IN]) {
      id type start { name } end { name }
      evidence { text start end section document { id title } }
    }
  }
}`,
    variables: { zone: '十堰经开区' },
  },
  {
    title: 'Document',
    query: `query Documents { documents { id title file encoding script characters subject { name } }
  # then: document(id: "doc:…") { title headings { level title start end } text }
}`,
  },
  {
    title: 'Targets',
    query: `query Targets { targets(kind: target) { metric value unit year subject { name } industry { name } evidence { text document { title } } } }`,
  },
  {
    title: 'Stats and build report',
    query: `query StatsAndReport {
  stats { store nodes relationships documents facts nodesByLabel { label count } relationshipsByType { type count } }
  report { builtAt taxonomyVersion facts documents { document sentences entities relationships facts } unmappedIndustries { name count } failures { file reason } }
}`,
  },
  {
    title: 'Ingest a document (token)',
    mutation: true,
    query: `# Needs the header  {"Authorization": "Bearer <ZONEGRAPH_INGEST_TOKEN>"}  (Headers tab).
mutation Ingest($input: IngestInput!) {
  ingestDocument(input: $input) {
    document { id title subject { name } }
    report { documents { document entities relationships facts } failures { file reason } }
    stats { nodes relationships documents }
  }
}`,
    variables: {
      input: {
        filename: 'example-ingest.txt',
        content: '襄阳高新技术产业开发区发展规划\n\n襄阳高新区位于襄阳市，重点发展新能源汽车和动力电池产业。',
        contentType: 'text/plain',
      },
    },
  },
];
