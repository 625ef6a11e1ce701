// The letters / gesprekken / step-plan half of the API (issue #9), mixed into services.ts.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KluisApi, SenderProfile, StepId } from '../../shared/api';
import { STEP_IDS } from '../../shared/api';
import type { IsoDate } from '../../shared/domain';
import { addGesprek, gesprekView, updateGesprek } from '../case/gesprekken';
import type { Db } from '../db/connection';
import { listDocuments } from '../db/queries/documents';
import { events } from '../db/schema';
import { badInput, notFound } from '../errors';
import type { OcrPool } from '../ingest/ocr-pool';
import { writeFileAtomic } from '../vault/fs-atomic';
import type { UnlockedVault } from '../vault/vault';
import { prepareLetter, storeLetter } from './from-vault';
import { fittingKinds, letterKindInfo } from './plan';
import { readDoneSteps, readLetters, readProfile, writeDoneSteps, writeProfile } from './settings';
import { buildStepPlan } from './step-plan';

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
  | 'letterKindsFor'
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

function cleanProfile(profile: SenderProfile): SenderProfile {
  if (!profile || typeof profile.name !== 'string' || !profile.name.trim()) {
    throw badInput(
      'Vul uw naam in; die staat als afzender onder elke brief.',
      'Fill in your name; it signs every letter.',
    );
  }
  const out: SenderProfile = { name: profile.name.trim() };
  for (const key of ['address', 'postcode', 'city', 'email', 'phone'] as const) {
    const value = profile[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}

function stepPlanOf(db: Db, today: IsoDate, lang: 'nl' | 'en') {
  const docs = listDocuments(db);
  const titles = new Map(docs.map((d) => [d.id, d]));
  const rows = db.select().from(events).all();
  return buildStepPlan({
    letters: readLetters(db)
      .filter((l) => titles.has(l.id))
      .map((l) => ({
        id: l.id,
        kind: l.kind,
        title: titles.get(l.id)!.title,
        date: titles.get(l.id)!.date,
      })),
    gesprekken: rows
      .filter((e) => e.kind === 'gesprek')
      .map((e) => {
        const view = gesprekView(db, e.id, today);
        return {
          id: e.id,
          title: e.title,
          date: e.date,
          proposal: view.proposal,
          verslag: view.verslag,
          afspraken: view.afspraken,
        };
      }),
    contacts: rows
      .filter((e) => e.kind === 'telefoongesprek')
      .map((e) => ({ id: e.id, title: e.title, date: e.date })),
    meetingReports: docs
      .filter((d) => d.type === 'meeting-report')
      .map((d) => ({ id: d.id, title: d.title, date: d.date })),
    doneByParent: readDoneSteps(db),
    lang,
  });
}

export function letterServices(ctx: LetterServiceContext): LetterApi {
  const langOf = (l?: 'nl' | 'en') => l ?? ctx.lang;
  return {
    letterKinds: async () => letterKindInfo(ctx.lang),
    letterKindsFor: async (documentId) => {
      const doc = listDocuments(ctx.db()).find((d) => d.id === documentId);
      if (!doc) throw notFound('Document', documentId);
      return fittingKinds(doc);
    },
    planLetter: async (request) => {
      const { preview } = await prepareLetter(
        ctx.vault(),
        request,
        ctx.today(),
        langOf(request.lang),
      );
      const { text: _text, pages: _pages, ...plan } = preview;
      return plan;
    },
    previewLetter: async (request) =>
      (await prepareLetter(ctx.vault(), request, ctx.today(), langOf(request.lang))).preview,
    saveLetter: async (request) => {
      const v = ctx.vault();
      const prepared = await prepareLetter(v, request, ctx.today(), langOf(request.lang));
      const { letterId, pdf } = await storeLetter(v, prepared, await ctx.ocr(), ctx.today());
      if (request.out) {
        mkdirSync(dirname(request.out), { recursive: true });
        writeFileAtomic(request.out, pdf);
      }
      return { ...prepared.preview, letterId, ...(request.out ? { file: request.out } : {}) };
    },
    senderProfile: async () => readProfile(ctx.db()) ?? { name: '' },
    setSenderProfile: async (profile) => {
      const clean = cleanProfile(profile);
      writeProfile(ctx.db(), clean);
      return clean;
    },
    addGesprek: async (input) => addGesprek(ctx.db(), input, ctx.today()),
    updateGesprek: async (eventId, input) => updateGesprek(ctx.db(), eventId, input, ctx.today()),
    gesprek: async (eventId) => gesprekView(ctx.db(), eventId, ctx.today()),
    stepPlan: async () => stepPlanOf(ctx.db(), ctx.today(), ctx.lang),
    setStepDone: async (step: StepId, done: boolean) => {
      if (!(STEP_IDS as readonly string[]).includes(step)) {
        throw badInput(
          `Onbekende stap "${String(step)}". Kies uit: ${STEP_IDS.join(', ')}.`,
          `Unknown step "${String(step)}". Choose from: ${STEP_IDS.join(', ')}.`,
        );
      }
      const db = ctx.db();
      const current = new Set(readDoneSteps(db));
      if (done) current.add(step);
      else current.delete(step);
      writeDoneSteps(
        db,
        STEP_IDS.filter((s) => current.has(s)),
      );
      return stepPlanOf(db, ctx.today(), ctx.lang);
    },
  };
}
