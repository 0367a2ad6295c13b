/**
 * Demo content for an empty database: a small, invented coastal city and the stories its newsroom filed about one
 * storm. Stories are written in the scraped-text shape the product handles: headline, blank line, paragraphs, with
 * inline "Read also:" lines that name another story by headline only (the last one has no target yet).
 */

export type DemoAuthor = { bio: string; jobTitle?: string; kind: 'desk' | 'person'; name: string }
export type DemoSource = { aliases: string[]; country: string; kind: 'government' | 'news-agency' | 'organisation' | 'outlet' | 'person'; name: string; url?: string }
export type DemoTopic = { description: string; name: string; parent?: string }
export type DemoStory = {
  authors: string[]
  dateline: string
  dek: string
  publishedAt: string
  sources: string[]
  text: string
  topics: string[]
}

export const demoAuthors: DemoAuthor[] = [
  { bio: 'Covers climate and the coast.', jobTitle: 'Climate reporter', kind: 'person', name: 'Mara Lindqvist' },
  { bio: 'Covers city hall and the port.', jobTitle: 'City editor', kind: 'person', name: 'Tomas Reyes' },
  { bio: 'Breaking news around the clock.', kind: 'desk', name: 'The Example Times news desk' },
]

export const demoSources: DemoSource[] = [
  { aliases: ['Northwind'], country: 'Examplia', kind: 'news-agency', name: 'Northwind Wire', url: 'https://northwind.example' },
  { aliases: ['the weather service', 'CWS'], country: 'Examplia', kind: 'government', name: 'Coastal Weather Service' },
  { aliases: ['the council', 'city council'], country: 'Examplia', kind: 'government', name: 'Port Alder City Council' },
  { aliases: ['the institute'], country: 'Examplia', kind: 'organisation', name: 'Institute of Coastal Engineering' },
]

export const demoTopics: DemoTopic[] = [
  { description: 'Weather, climate and the natural world.', name: 'Environment' },
  { description: 'Storm surges, sea walls and rising water.', name: 'Coastal flooding', parent: 'Environment' },
  { description: 'City hall, budgets and local elections.', name: 'Local government' },
]

export const demoStories: DemoStory[] = [
  {
    authors: ['Tomas Reyes', 'The Example Times news desk'],
    dateline: 'PORT ALDER',
    dek: 'Councillors voted 9 to 2 for a barrier along the old quay, a week after the worst surge on record.',
    publishedAt: '2026-03-04T09:12:00.000Z',
    sources: ['Port Alder City Council', 'Northwind Wire', 'Institute of Coastal Engineering'],
    text: `Port Alder council approves harbour flood wall after record storm surge

Port Alder's city council approved a 1.8-kilometre flood wall along the old quay on March 3, the Northwind Wire reported, a week after a storm surge pushed seawater into more than 400 homes.

The vote, nine to two, followed a four-hour session in which residents of the waterfront district described water reaching their ground floors within twenty minutes of the first warning.

"We cannot ask people to rebuild behind defences we already know will fail," council leader Ilse Hartmann said, according to the council's published minutes.

Read also: Storm surge floods Port Alder waterfront, hundreds evacuated

The wall is expected to cost 86 million crowns, of which the council will borrow two thirds. Opponents argued that the money would be better spent moving the most exposed households inland.

Engineers at the Institute of Coastal Engineering said in a report last month that the existing embankment was designed for a sea level 30 centimetres lower than today's.

Read also: Engineers warn ageing sea defences need urgent repair

Construction is due to begin in the autumn, once the harbour's winter fishing season ends.`,
    topics: ['Coastal flooding', 'Local government'],
  },
  {
    authors: ['Mara Lindqvist'],
    dateline: 'PORT ALDER',
    dek: 'Seawater reached 400 homes within an hour as the tide and a westerly gale arrived together.',
    publishedAt: '2026-02-25T06:40:00.000Z',
    sources: ['Coastal Weather Service', 'Northwind Wire'],
    text: `Storm surge floods Port Alder waterfront, hundreds evacuated

Hundreds of residents of Port Alder's waterfront were evacuated overnight as a storm surge topped the harbour embankment, the Coastal Weather Service said on Feb. 25.

The surge peaked at 2.4 metres above the normal high tide shortly after 3 a.m., the highest level since records began in 1921, according to the weather service.

Emergency crews used fishing boats to reach families on the lower streets of the old quay, Northwind reported, citing the city's fire chief.

Read also: Fishing fleet stays in port as gale warnings extend into weekend

No deaths were reported. Schools in the district will stay closed until the water has been pumped out and the buildings checked.`,
    topics: ['Coastal flooding'],
  },
  {
    authors: ['Mara Lindqvist'],
    dateline: 'PORT ALDER',
    dek: 'A report finds the embankment was built for a sea 30 centimetres lower than today’s.',
    publishedAt: '2026-02-10T11:00:00.000Z',
    sources: ['Institute of Coastal Engineering'],
    text: `Engineers warn ageing sea defences need urgent repair

Port Alder's harbour embankment is no longer fit for the sea it faces, the Institute of Coastal Engineering said in a report published on Feb. 10.

The embankment, completed in 1968, was designed for a sea level about 30 centimetres lower than today's, the institute wrote in its report, and several sections have settled further since.

"The question is not whether it will be overtopped, but when," the report's lead author told reporters.

The institute recommended raising the most exposed stretch along the old quay within five years.

Read also: Harbour Authority to publish storm damage report`,
    topics: ['Coastal flooding'],
  },
  {
    authors: ['The Example Times news desk'],
    dateline: 'PORT ALDER',
    dek: 'Skippers lose a week of the winter season as the weather service extends its warnings.',
    publishedAt: '2026-02-26T15:30:00.000Z',
    sources: ['Coastal Weather Service'],
    text: `Fishing fleet stays in port as gale warnings extend into weekend

Port Alder's fishing fleet will stay in harbour until at least Sunday after the Coastal Weather Service extended its gale warnings on Feb. 26.

Skippers said the lost week would cost the fleet much of its winter catch, coming days after the surge damaged the fish market on the old quay.

Read also: Storm surge floods Port Alder waterfront, hundreds evacuated

The weather service said winds would ease from Monday.`,
    topics: ['Coastal flooding'],
  },
]
