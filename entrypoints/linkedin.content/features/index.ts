import type { Feature } from '@/lib/features/define-feature';
import reportPageContext from './report-page-context';
import profileLogButton from './profile-log-button';
import autoCapture from './auto-capture';
import profileLinkTarget from './profile-link-target';
import messageCapture from './message-capture';

/**
 * Every content-script feature, explicitly: a feature file missing here is
 * caught by tests/unit/meta/content-features.test.ts.
 */
export const features: readonly Feature[] = [reportPageContext, profileLogButton, autoCapture, profileLinkTarget, messageCapture];
