'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Report = {
  dropped?: { line: string; reason: string }[]
  error?: string
  file: string
  id?: number | string
  note?: string
  readAlso?: { state: string; targetSlug: null | string; text: string }[]
  status: string
  suggestedSources?: string[]
  title?: string
}

type Link = { from: number | string; state: string; target?: { slug?: null | string }; text: string }

/**
 * Each report's Read-also links as they stand once every file is in, as the command line reports them: a story
 * uploaded first links to one uploaded after it. Reports keep what they had when the links cannot be read.
 */
async function withLinksAfterBatch(reports: Report[]): Promise<Report[]> {
  const ids = reports.flatMap((report) => (report.id === undefined ? [] : [String(report.id)]))
  if (ids.length === 0) return reports
  const query = new URLSearchParams({ depth: '0', limit: '0', pagination: 'false', sort: 'position', 'where[from][in]': ids.join(',') })
  try {
    const response = await fetch(`/api/read-also-links?${query}`, { credentials: 'include' })
    if (!response.ok) return reports
    const { docs } = (await response.json()) as { docs: Link[] }
    return reports.map((report) =>
      report.id === undefined
        ? report
        : {
            ...report,
            readAlso: docs
              .filter((link) => String(link.from) === String(report.id))
              .map((link) => ({ state: link.state, targetSlug: link.target?.slug ?? null, text: link.text })),
          },
    )
  } catch {
    return reports
  }
}

/** Above the Articles list: upload .txt stories and see, per file, what the importer made of them. */
export const ImportStories: React.FC = () => {
  const [files, setFiles] = useState<File[]>([])
  const [publish, setPublish] = useState(false)
  const [busy, setBusy] = useState(false)
  const [reports, setReports] = useState<Report[]>([])
  const router = useRouter()

  const run = async () => {
    setBusy(true)
    const done: Report[] = []
    for (const file of files) {
      try {
        const params = new URLSearchParams({ file: file.name, publish: String(publish) })
        const response = await fetch(`/api/articles/import?${params}`, {
          body: file,
          credentials: 'include',
          headers: { 'content-type': 'text/plain' },
          method: 'POST',
        })
        const body = (await response.json()) as Report & { errors?: { message: string }[] }
        done.push({ ...body, error: body.error ?? body.errors?.[0]?.message, file: file.name, status: body.status ?? 'failed' })
      } catch (error) {
        done.push({ error: (error as Error).message, file: file.name, status: 'failed' })
      }
      setReports([...done])
    }
    setReports(await withLinksAfterBatch(done))
    setBusy(false)
    // The list below shows the new and updated stories.
    router.refresh()
  }

  return (
    <details className="import-stories" style={{ marginBottom: 'var(--base)' }}>
      <summary style={{ cursor: 'pointer' }}>Import stories from text files</summary>
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', marginTop: 'calc(var(--base) / 2)' }}>
        <input
          accept=".txt,text/plain"
          aria-label="Story files"
          multiple
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
          type="file"
        />
        <label>
          <input checked={publish} onChange={(event) => setPublish(event.target.checked)} type="checkbox" /> Publish
        </label>
        <button className="btn btn--style-primary btn--size-small" disabled={busy || files.length === 0} onClick={run} type="button">
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      {reports.length > 0 && (
        <table className="import-stories__report" style={{ marginTop: 'calc(var(--base) / 2)', width: '100%' }}>
          <thead>
            <tr>
              <th align="left">File</th>
              <th align="left">Result</th>
              <th align="left">Story</th>
              <th align="left">Read also</th>
              <th align="left">Dropped as chrome</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.file}>
                <td>{report.file}</td>
                <td>{report.error ? `${report.status}: ${report.error}` : report.status}{report.note ? ` (${report.note})` : ''}</td>
                <td>{report.id !== undefined ? <a href={`/admin/collections/articles/${report.id}`}>{report.title}</a> : report.title}</td>
                <td>{(report.readAlso ?? []).map((link) => `${link.text}: ${link.state}`).join('; ')}</td>
                <td>{(report.dropped ?? []).map((drop) => `${drop.line} (${drop.reason})`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  )
}
