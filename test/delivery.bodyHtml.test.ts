import type { Payload } from 'payload'

import { type Account, account, graphqlAs, restAs } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { story } from './helpers/stories'

let server: RunningServer
let payload: Payload
let rest: ReturnType<typeof restAs>
let graphql: ReturnType<typeof graphqlAs>
let editor: Account

beforeAll(async () => {
  process.env.NEWSROOM_SITE_URL = 'https://news.example/'
  server = await startTestServer('delivery-body')
  payload = await bootPayload('delivery-body', server.env)
  rest = restAs(server.url)
  graphql = graphqlAs(server.url)
  editor = await account(payload, server.url, 'editor', 'body-editor')
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

const headline = (text: string) => `${text} ${runId}`

describe('bodyHtml', () => {
  it('renders the body for anonymous readers over REST select and GraphQL, Read-also targets as links to the site, unpublished targets as text', async () => {
    const target = await story(payload, headline('Tide & <storm> warning'))
    const hidden = await story(payload, headline('Embargoed port deal'), ['Not yet.'], { status: 'draft' })
    const source = await story(payload, headline('Harbour reopens'), [
      'Boats & ferries <return> today.',
      `Read also: ${headline('Tide & <storm> warning')}`,
      `Read also: ${headline('Embargoed port deal')}`,
      `Read also: ${headline('Story nobody wrote')}`,
    ])

    const selected = await rest(null, 'GET', `/articles/${source.id}?select[bodyHtml]=true`)
    expect(selected.status).toBe(200)
    const html = selected.body.bodyHtml as string
    expect(html).toContain('<p>Boats &amp; ferries &lt;return&gt; today.</p>')
    expect(html).toContain(
      `<aside class="read-also">Read also: <a href="https://news.example/articles/${target.slug}">${headline('Tide &amp; &lt;storm&gt; warning')}</a></aside>`,
    )
    expect(html).toContain(`<aside class="read-also read-also--pending">Read also: ${headline('Story nobody wrote')}</aside>`)
    // The unpublished target is plain text for anonymous readers: no link and no slug of it.
    expect(html).toContain(`<aside class="read-also read-also--pending">Read also: ${headline('Embargoed port deal')}</aside>`)
    expect(html).not.toContain(hidden.slug!)

    const viaGraphql = await graphql(null, 'query ($id: Int!) { Article(id: $id) { bodyHtml } }', { id: source.id })
    expect(viaGraphql.errors).toBeUndefined()
    expect(viaGraphql.data.Article.bodyHtml).toBe(html)

    const list = await rest(null, 'GET', `/articles?where[id][equals]=${source.id}&select[title]=true&select[bodyHtml]=true`)
    expect(list.body.docs[0].bodyHtml).toBe(html)

    // Not asked for, not rendered.
    const plain = await rest(null, 'GET', `/articles/${source.id}`)
    expect(plain.status).toBe(200)
    expect(plain.body.bodyHtml ?? null).toBeNull()

    // Anonymous readers cannot render a draft's body; editors can.
    expect((await rest(null, 'GET', `/articles/${hidden.id}?select[bodyHtml]=true`)).status).toBe(404)
    const staff = await rest(editor, 'GET', `/articles/${hidden.id}?select[bodyHtml]=true`)
    expect(staff.status).toBe(200)
    expect(staff.body.bodyHtml).toContain('<p>Not yet.</p>')
  })
})
