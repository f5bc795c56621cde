/**
 * Live meeting mode (voorzitter and notulist). While the current case is in
 * deel 1 the whole screen is the family-safe screen: this component then
 * renders nothing of the meeting read (agenda, initials, other cases); the
 * family screen draws only from the backend's family view.
 */
import { useMeeting, useFollowMeeting } from '../queries';
import { QueryState } from '../../../app/QueryState';
import { useParams } from 'react-router';
import { FamilyScreen } from './FamilyScreen';
import { TeamScreen } from './TeamScreen';

export function LivePage() {
  const meetingId = Number(useParams().id);
  const query = useMeeting(meetingId);
  useFollowMeeting(meetingId);
  return (
    <QueryState query={query}>
      {(meeting) => {
        const current = meeting.items.find((i) => i.id === meeting.live.currentItemId) ?? null;
        if (current?.phase === 'deel1') return <FamilyScreen meetingId={meeting.id} itemId={current.id} />;
        return <TeamScreen meeting={meeting} fetchedAt={query.dataUpdatedAt} />;
      }}
    </QueryState>
  );
}
