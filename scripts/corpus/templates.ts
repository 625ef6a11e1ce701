// All templates, by type and variant.
import type { DocType } from './doc';
import type { Variant } from './names';
import { assessmentReportTemplates } from './types/assessment-report';
import { carePlanTemplates } from './types/care-plan';
import { complaintTemplates } from './types/complaint';
import { councilReportTemplates } from './types/council-report';
import { courtDecisionTemplates } from './types/court-decision';
import { emailTemplates } from './types/email';
import { letterTemplates } from './types/letter';
import { meetingReportTemplates } from './types/meeting-report';
import { municipalDecisionTemplates } from './types/municipal-decision';
import { otherTemplates } from './types/other';
import { petitionTemplates } from './types/petition';
import { summonsTemplates } from './types/summons';
import type { Template } from './types/template';
import { writtenInstructionTemplates } from './types/written-instruction';

export const ALL_TEMPLATES: Template[] = [
  ...letterTemplates,
  ...emailTemplates,
  ...courtDecisionTemplates,
  ...summonsTemplates,
  ...petitionTemplates,
  ...councilReportTemplates,
  ...meetingReportTemplates,
  ...carePlanTemplates,
  ...writtenInstructionTemplates,
  ...municipalDecisionTemplates,
  ...assessmentReportTemplates,
  ...complaintTemplates,
  ...otherTemplates,
];

export function templatesFor(variant: Variant, type: DocType): Template[] {
  return ALL_TEMPLATES.filter((t) => t.variant === variant && t.type === type);
}
