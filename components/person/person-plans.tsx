import { PersonLoops } from '@/components/loops/person-loops';
import { PersonKeyDates } from '@/components/key-dates/person-key-dates';

/** What you plan with a person: follow-ups (open loops) and the dates to remember. A lazy chunk of the person view. */
export default function PersonPlans({ contactId, name }: { contactId: string; name: string }) {
  return (
    <>
      <PersonLoops contactId={contactId} name={name} />
      <PersonKeyDates contactId={contactId} name={name} />
    </>
  );
}
