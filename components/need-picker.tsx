import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { createOpenNeedsStore } from '@/lib/stores/open-needs-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';

/**
 * In the logger, for an ask or a conversation: which of your open needs it
 * was about (optional). Nothing shows while you have no open need.
 */
export default function NeedPicker({ value, onChange }: { value: string; onChange: (needId: string) => void }) {
  const [store] = useState(createOpenNeedsStore);
  const state = useLiveQueryStore(store);
  const id = useId();
  if (state.status !== 'ready' || (state.data.length === 0 && value === '')) return null;
  return (
    <label htmlFor={id} className="stack need-picker">
      {t('needPickerLabel')}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('needPickerNone')}</option>
        {state.data.map((need) => (
          <option key={need.id} value={need.id}>
            {need.text}
          </option>
        ))}
      </select>
    </label>
  );
}
