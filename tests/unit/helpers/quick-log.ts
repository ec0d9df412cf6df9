import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Logs `type` (its menu label: "Like", "Call") through the ▾ menu beside the primary "Log …" button. */
export async function logFromMenu(user: UserEvent, type: string, scope: HTMLElement = document.body): Promise<void> {
  const toggle = await within(scope).findByRole('button', { name: /^Log another type for / });
  await user.click(toggle);
  await user.click(within(scope).getByRole('menuitem', { name: type }));
}

/** The page's toast text (the one confirmation of every log). */
export async function findToast(text: string | RegExp): Promise<HTMLElement> {
  const region = await screen.findByRole('region', { name: 'Rapport notifications' });
  return within(region).findByText(text);
}
