import { useEffect, useState } from 'react';
import { useSubpage } from '../../app/use-hash-route';
import { CommitmentEditor } from './CommitmentEditor';
import { CommitmentList } from './CommitmentList';
import { TimelinePage } from './timeline/TimelinePage';
import './commitments.css';

/** `#/commitments` lists them, `#/commitments/timeline` draws them over the programme; `#/commitments/new` and `#/commitments/<uid>` open one. */
export function CommitmentsPage() {
  const [sub, go] = useSubpage();
  // The title of the commitment just removed, for the list's notice.
  const [removed, setRemoved] = useState<string | null>(null);
  // The commitment just created: its own page opens afresh and says that it was saved.
  const [created, setCreated] = useState<string | null>(null);
  // The notice belongs to the moment after the removal: opening any commitment ends it.
  useEffect(() => {
    if (sub) setRemoved(null);
  }, [sub]);

  if (!sub) return <CommitmentList removed={removed} />;
  if (sub === 'timeline') return <TimelinePage />;
  return (
    <CommitmentEditor
      key={sub}
      uid={sub === 'new' ? null : sub}
      justCreated={created === sub}
      onCreated={(uid) => {
        setCreated(uid);
        go(uid);
      }}
      onRemoved={(title) => {
        setRemoved(title);
        go('');
      }}
    />
  );
}
