import { PersonLoops } from '@/components/loops/person-loops';
import { PersonKeyDates } from '@/components/key-dates/person-key-dates';
import { PersonIntroductions } from '@/components/introductions/person-introductions';
import { StarterPicker } from '@/components/starters/starter-picker';
import type { StarterMoment } from '@/lib/starters/templates';

/** What you plan with a person: words to start with, follow-ups (open loops), the dates to remember and introductions. A lazy chunk of the person view. */
export default function PersonPlans({ contactId, name, moment }: { contactId: string; name: string; moment: StarterMoment }) {
  return (
    <>
      <StarterPicker name={name} initial={moment} />
      <PersonLoops contactId={contactId} name={name} />
      <PersonKeyDates contactId={contactId} name={name} />
      <PersonIntroductions contactId={contactId} name={name} />
    </>
  );
}
