// One template module per letter kind; this is the list the planner, the API and the tests use.
import type { LetterKind } from '../../shared/api';
import { andereJeugdbeschermer } from './kinds/andere-jeugdbeschermer';
import { bezwaar } from './kinds/bezwaar';
import { contraExpertise } from './kinds/contra-expertise';
import { correctie } from './kinds/correctie';
import { inzage } from './kinds/inzage';
import { klacht } from './kinds/klacht';
import { secondOpinion } from './kinds/second-opinion';
import { voorstelHulp } from './kinds/voorstel-hulp';
import { zienswijze } from './kinds/zienswijze';
import type { LetterTemplate } from './types';

export const LETTER_TEMPLATES: Readonly<Record<LetterKind, LetterTemplate>> = {
  'voorstel-hulp': voorstelHulp,
  'andere-jeugdbeschermer': andereJeugdbeschermer,
  'second-opinion': secondOpinion,
  'contra-expertise': contraExpertise,
  bezwaar,
  klacht,
  inzage,
  correctie,
  zienswijze,
};

export function templateFor(kind: LetterKind): LetterTemplate {
  return LETTER_TEMPLATES[kind];
}
