// "My work": what the signed-in user or their party has to do, as the server decides it.
import { ErrorText, ItemTable, Loading, Section, meetingName } from '../components/common.js'
import { useApi, useTitle } from '../hooks.js'
import { useSession } from '../session.js'
import type { WorkAnswer } from '../types.js'

export function Home() {
  useTitle('My work')
  const { user } = useSession()
  const work = useApi<WorkAnswer>('/work')
  return (
    <main id="main">
      <h1>My work</h1>
      <p class="muted">
        Signed in as {user?.name} ({user?.role}
        {user?.party ? `, ${user.party}` : ''}).
      </p>
      <ErrorText message={work.error} />
      {work.loading && !work.data ? <Loading /> : null}
      {work.data ? (
        <>
          <Section title="Meetings" id="work-meetings">
            {work.data.meetings.length === 0 ? (
              <p class="muted">No meetings yet.</p>
            ) : (
              <ul class="cards">
                {work.data.meetings.map((meeting) => (
                  <li key={meeting.id} class="card">
                    <a href={`/meetings/${meeting.id}`}>{meetingName(meeting)}</a>
                    <dl class="counts">
                      {Object.entries(meeting.counts ?? {}).map(([name, count]) => (
                        <div key={name}>
                          <dt>{name}</dt>
                          <dd>{count}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={`Overdue (${work.data.overdue.length})`} id="work-overdue">
            <ItemTable items={work.data.overdue} empty="Nothing overdue." />
          </Section>
          <Section title={`Due before the next meeting (${work.data.dueBeforeNextMeeting.length})`} id="work-due">
            <ItemTable items={work.data.dueBeforeNextMeeting} empty="Nothing due before the next meeting." />
          </Section>
          <Section title={`Owned by me (${work.data.owned.length})`} id="work-owned">
            <ItemTable items={work.data.owned} empty="No item names you as owner." />
          </Section>
          <Section title={`My party's items (${work.data.partyItems.length})`} id="work-party">
            <ItemTable items={work.data.partyItems} empty="No items for your party." />
          </Section>
          <Section title={`Awaiting review (${work.data.awaitingReview.length})`} id="work-review">
            <ItemTable items={work.data.awaitingReview} empty="Nothing awaits review." />
          </Section>
        </>
      ) : null}
    </main>
  )
}
