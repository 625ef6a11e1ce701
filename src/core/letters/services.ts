// The letters / gesprekken / step-plan half of the API (issue #9), mixed into services.ts.
import type { KluisApi } from '../../shared/api';
import type { IsoDate } from '../../shared/domain';
import type { Db } from '../db/connection';
import { KluisError } from '../errors';
import type { OcrPool } from '../ingest/ocr-pool';
import type { UnlockedVault } from '../vault/vault';

export interface LetterServiceContext {
  db: () => Db;
  vault: () => UnlockedVault;
  today: () => IsoDate;
  lang: 'nl' | 'en';
  ocr: () => Promise<OcrPool>;
}

type LetterApi = Pick<
  KluisApi,
  | 'letterKinds'
  | 'planLetter'
  | 'previewLetter'
  | 'saveLetter'
  | 'senderProfile'
  | 'setSenderProfile'
  | 'addGesprek'
  | 'updateGesprek'
  | 'gesprek'
  | 'stepPlan'
  | 'setStepDone'
>;

const notYet = (): never => {
  throw new KluisError('INTERNAL', 'Nog niet beschikbaar.', 'Not available yet.');
};

export function letterServices(ctx: LetterServiceContext): LetterApi {
  void ctx;
  return {
    letterKinds: async () => notYet(),
    planLetter: async () => notYet(),
    previewLetter: async () => notYet(),
    saveLetter: async () => notYet(),
    senderProfile: async () => notYet(),
    setSenderProfile: async () => notYet(),
    addGesprek: async () => notYet(),
    updateGesprek: async () => notYet(),
    gesprek: async () => notYet(),
    stepPlan: async () => notYet(),
    setStepDone: async () => notYet(),
  };
}
