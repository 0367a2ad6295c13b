import type { CollectionConfig, FieldHook } from 'payload'

import { editors, hasRole } from '../src/access/roles'

export const webhooksSlug = 'webhooks'
export const webhookDeliveriesSlug = 'webhook-deliveries'

export const webhookEvents = ['publish', 'update', 'unpublish', 'delete'] as const
export type WebhookEvent = (typeof webhookEvents)[number]

export const webhookCollections = ['articles', 'authors', 'sources', 'topics'] as const

/** What a read shows of a stored secret: never more than its last four characters. */
export const maskSecret = (secret: string) => `••••••••${secret.length >= 24 ? secret.slice(-4) : ''}`

const isMasked = (value: unknown) => typeof value === 'string' && value.startsWith('••••')

const hideSecret: FieldHook = ({ value }) => (typeof value === 'string' && value ? maskSecret(value) : value)

/**
 * A form sends back the masked value it was shown: that keeps the stored secret. Anything else replaces it. The
 * stored value is read from the database itself, since the operation's copy of the document is already masked.
 */
const keepSecret: FieldHook = async ({ operation, originalDoc, req, value }) => {
  if (operation !== 'update' || (value !== undefined && !isMasked(value))) return value
  if (originalDoc?.id === undefined) return value
  const row = (await req.payload.db.findOne({ collection: webhooksSlug, req, where: { id: { equals: originalDoc.id } } })) as {
    secret?: string
  } | null
  return row?.secret
}

const hiddenUnlessEditor = ({ user }: { user: unknown }) => !hasRole({ user: user as never }, 'editor')

/**
 * Endpoints that receive a signed POST when published pages change. Editors and admins only; the secret is write-only
 * (reads show its last four characters at most).
 */
export const Webhooks: CollectionConfig = {
  slug: webhooksSlug,
  access: { create: editors, delete: editors, read: editors, update: editors },
  admin: {
    defaultColumns: ['name', 'url', 'events', 'enabled'],
    description:
      'Site builds and caches told about published changes: a signed JSON POST per publish, update, unpublish or delete. Deliveries and their outcome are listed under Webhook deliveries.',
    group: 'Delivery',
    hidden: hiddenUnlessEditor,
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: (value: null | string | undefined) => {
        try {
          const url = new URL(String(value ?? ''))
          return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'The URL must start with https:// or http://.'
        } catch {
          return 'Enter a full URL, e.g. https://build.example/hooks/newsroom.'
        }
      },
    },
    {
      name: 'secret',
      type: 'text',
      admin: {
        description:
          'Shared secret for the X-Newsroom-Signature header (HMAC-SHA256 of the raw body). Write-only: it is never shown again in full; type a new one to replace it.',
      },
      hooks: { afterRead: [hideSecret], beforeChange: [keepSecret] },
      required: true,
      validate: (value: null | string | undefined) =>
        isMasked(value) || (typeof value === 'string' && value.length >= 16) ? true : 'Use a secret of at least 16 characters.',
    },
    {
      name: 'events',
      type: 'select',
      defaultValue: [...webhookEvents],
      hasMany: true,
      options: webhookEvents.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      required: true,
    },
    {
      name: 'collections',
      type: 'select',
      admin: { description: 'Changes to which content; all of them when empty.' },
      hasMany: true,
      options: webhookCollections.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
    },
    { name: 'enabled', type: 'checkbox', admin: { position: 'sidebar' }, defaultValue: true, index: true },
  ],
  timestamps: true,
}

/** One row per webhook delivery: what was sent where, and what came of each attempt. Written by the server only. */
export const WebhookDeliveries: CollectionConfig = {
  slug: webhookDeliveriesSlug,
  access: { create: () => false, delete: editors, read: editors, update: () => false },
  admin: {
    defaultColumns: ['event', 'collection', 'slug', 'url', 'status', 'attempts', 'statusCode', 'updatedAt'],
    description: 'Every webhook delivery: queued, retrying (with the last error), delivered or failed after its last retry.',
    group: 'Delivery',
    hidden: hiddenUnlessEditor,
    useAsTitle: 'url',
  },
  fields: [
    { name: 'webhook', type: 'relationship', admin: { description: 'Empty for the NEWSROOM_WEBHOOK_URL endpoint.' }, relationTo: webhooksSlug },
    { name: 'url', type: 'text', required: true },
    { name: 'event', type: 'select', index: true, options: [...webhookEvents], required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'doc', type: 'text', index: true, required: true },
    { name: 'slug', type: 'text' },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      options: ['queued', 'retrying', 'delivered', 'failed', 'cancelled'],
      required: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'statusCode', type: 'number', admin: { description: "The receiver's HTTP status at the last attempt." } },
    { name: 'error', type: 'textarea', admin: { description: 'Why the last attempt failed.' } },
    { name: 'nextAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'payload', type: 'json', admin: { description: 'The body sent, without its timestamp.' }, required: true },
  ],
  timestamps: true,
}
