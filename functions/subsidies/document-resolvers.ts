import type { Resolvers } from '../generated/resolvers-types.js';
import { notFound } from '../shared/errors.js';
import { declarationText, DECLARATION_STATEMENTS, DECLARATION_VERSION } from './declaration.js';
import { confirmUpload, documentsOf, downloadUrlOf, requestUpload } from './documents.js';
import { beyondAttestation } from './need-to-know.js';
import { nextStepsOf, paymentExplanationOf } from './next-steps.js';
import { localProvidersRule } from './provider-rule.js';
import * as reads from './reads.js';
import type { SubsidyApplicationRecord } from './records.js';
import type { SubsidyDeps } from './deps.js';

const programOf = async (deps: SubsidyDeps, a: SubsidyApplicationRecord) => {
  const program = await deps.subsidyProgramLoader.load(a.programId);
  if (!program) throw notFound('Programme');
  return program;
};

/** The deposit's declaration on honour, the file's quotes and invoices, and what comes next (schema/subsidy-documents.graphql). */
export const subsidyDocumentResolvers: Resolvers = {
  Mutation: {
    requestSubsidyDocumentUpload: (_, args, ctx) => requestUpload(ctx, args.applicationId, args.input),
    confirmSubsidyDocument: (_, args, ctx) => confirmUpload(ctx, args.applicationId, args.documentId),
  },
  SubsidyProgram: {
    declaration: () => ({ version: DECLARATION_VERSION, statements: [...DECLARATION_STATEMENTS] }),
    localProvidersRule: (p) => localProvidersRule(p),
  },
  SubsidyApplication: {
    declaration: (a) => a.declaration ?? null,
    documents: (a, _, ctx) => documentsOf(ctx, a),
    nextSteps: async (a, _, ctx) => nextStepsOf(a, await programOf(ctx, a)),
    paymentExplanation: (a, _, ctx) =>
      beyondAttestation(ctx, a, 'Le paiement', async () => paymentExplanationOf(a, await programOf(ctx, a))),
  },
  SubsidyDeclaration: {
    acceptedBySub: (d, _, ctx) => (reads.seesActors(ctx) ? d.acceptedBySub : null),
    statements: (d) => [...(declarationText(d.textVersion)?.statements ?? [])],
  },
  SubsidyDocument: {
    uploadedAt: (d) => d.createdAt,
    downloadUrl: (d, _, ctx) => downloadUrlOf(ctx, d),
  },
};
